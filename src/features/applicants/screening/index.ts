// Screening on the dashboard, for the job's applicants route.
export { AnswerFilterSelect } from './answer-filter-select.tsx';
export { KnockedOutGroup } from './knocked-out-group.tsx';
export { ManualLookGroup } from './manual-look-group.tsx';
export { SourceCounts } from './source-counts.tsx';
