// react-query keys of the notifications feature, in one place.
export const notificationKeys = {
  all: ['notifications'] as const,
  follows: (orgId: string) => ['notifications', orgId, 'follows'] as const,
  preference: (orgId: string) => ['notifications', orgId, 'preference'] as const,
};
