// What other features use of the applicants feature: the list's URL state, its search and filter bar, the score cell.
export { useListParams, listSearch, parseListParams } from './hooks/use-list-params.ts';
export { searchFilter } from './api/list-query.ts';
export { applicantKeys } from './api/keys.ts';
export { ApplicantsToolbar } from './components/applicants-toolbar.tsx';
export { ScoreCell } from './components/score.tsx';
export type { ListParams } from './types.ts';
export { updateStage } from './api/update-stage.ts';
export { StageBadge } from './components/stage-badge.tsx';
