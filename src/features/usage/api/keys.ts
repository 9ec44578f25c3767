// Every react-query key of the usage feature.
export const usageKeys = {
  storage: (orgId: string) => ['usage', 'storage', orgId] as const,
};
