// Query keys of the candidate's status page.
export const statusKeys = {
  all: ['application-status'] as const,
  detail: (applicationId: string, key: string) => [...statusKeys.all, applicationId, key] as const,
};
