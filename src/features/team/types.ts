// Roles as the team feature handles them (memberships.role's check constraint).
export const ROLE_VALUES = ['owner', 'recruiter', 'viewer'] as const;
export type Role = (typeof ROLE_VALUES)[number];
