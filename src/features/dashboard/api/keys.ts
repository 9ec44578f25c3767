// Every react-query key of the dashboard feature.
export const dashboardKeys = {
  memberships: ['dashboard', 'memberships'] as const,
  jobs: (orgId: string) => ['dashboard', 'jobs', orgId] as const,
};
