// Every bad-input case, in the order the catalogue runs them (bad-input.test.ts) and docs/reliability.md counts them.
import { emailCases } from './email.ts';
import { fileCases } from './files.ts';
import { identityCases } from './identity.ts';
import { jobPostingCases } from './job-posting.ts';
import { noteCases } from './notes.ts';
import { pathAndQueryCases } from './paths-and-queries.ts';
import { privacyCases } from './privacy.ts';
import { scorecardCases } from './scorecards.ts';
import { screeningCases } from './screening.ts';
import { searchCases } from './search.ts';
import { shapeCases } from './shapes.ts';
import { teamCases } from './team.ts';
import { textCases } from './text.ts';

export const CASES = [
  ...shapeCases,
  ...textCases,
  ...pathAndQueryCases,
  ...identityCases,
  ...fileCases,
  ...screeningCases,
  ...teamCases,
  ...scorecardCases,
  ...privacyCases,
  ...jobPostingCases,
  ...noteCases,
  ...emailCases,
  ...searchCases,
];
