// Every react-query key of the job-admin feature.
export const jobKeys = {
  all: ['jobs-admin'] as const,
  detail: (id: string) => ['jobs-admin', 'detail', id] as const,
  applicationCount: (id: string) => ['jobs-admin', 'application-count', id] as const,
};
