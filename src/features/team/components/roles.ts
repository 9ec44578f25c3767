// The three roles as the team page names and explains them.
import type { Role } from '../types.ts';

export const ROLES: { value: Role; label: string; hint: string }[] = [
  { value: 'recruiter', label: 'Recruiter', hint: 'edits jobs, moves applicants, writes notes' },
  { value: 'viewer', label: 'Viewer', hint: 'reads jobs and applicants, changes nothing' },
  { value: 'owner', label: 'Owner', hint: 'everything, including the team' },
];

export const roleLabel = (role: string) => ROLES.find((r) => r.value === role)?.label ?? role;
