export { ApplicantSearch } from './components/applicant-search.tsx';
export { highlightWords } from './snippet.ts';
