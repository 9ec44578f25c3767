// Every cell of tests/reliability/rls-matrix.ts, tried as its actor through supabase-js; Postgres (as the superuser)
// then says whether the operation happened. Writes use rows made for the cell and are undone.
import type { Try } from './fixtures.ts';
import { APPLICANTS_CELLS } from './applicants.ts';
import { NOTES_CELLS } from './notes.ts';
import { NOTIFICATION_CELLS } from './notifications.ts';
import { EMAIL_CELLS } from './email.ts';
import { ORGANIZATION_CELLS } from './organization.ts';
import { PRIVACY_CELLS } from './privacy.ts';
import { RESUMES_CELLS } from './resumes.ts';
import { SCORECARD_CELLS } from './scorecards.ts';
import { SCREENING_CELLS } from './screening.ts';
import { SEARCH_CELLS } from './search.ts';
import { TEAM_CELLS } from './team.ts';

export type { Try, World } from './fixtures.ts';

export const CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  ...ORGANIZATION_CELLS,
  ...APPLICANTS_CELLS,
  ...RESUMES_CELLS,
  ...SCREENING_CELLS,
  ...TEAM_CELLS,
  ...SCORECARD_CELLS,
  ...PRIVACY_CELLS,
  ...NOTES_CELLS,
  ...EMAIL_CELLS,
  ...NOTIFICATION_CELLS,
  ...SEARCH_CELLS,
};
