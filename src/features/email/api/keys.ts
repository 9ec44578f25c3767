// react-query keys of the email feature, in one place.
export const emailKeys = {
  all: ['email'] as const,
  reasons: (orgId: string) => ['email', orgId, 'reasons'] as const,
  settings: (orgId: string) => ['email', orgId, 'settings'] as const,
  templates: (orgId: string) => ['email', orgId, 'templates'] as const,
  history: (applicationId: string) => ['email', 'history', applicationId] as const,
};
