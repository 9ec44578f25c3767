export { ApplicantSearch } from './components/applicant-search.tsx';
