// react-query keys of the team feature, in one place.
export const teamKeys = {
  all: ['team'] as const,
  members: (orgId: string) => ['team', orgId, 'members'] as const,
  invitations: (orgId: string) => ['team', orgId, 'invitations'] as const,
};
