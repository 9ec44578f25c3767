// Every react-query key of the applicants feature, so invalidation has one place to look.
import type { ListParams } from '../types.ts';

export const applicantKeys = {
  all: ['applicants'] as const,
  lists: (jobId: string) => ['applicants', 'list', jobId] as const,
  list: (params: ListParams) => ['applicants', 'list', params.jobId, params] as const,
  detail: (id: string) => ['applicants', 'detail', id] as const,
  history: (id: string) => ['applicants', 'history', id] as const,
  notes: (id: string) => ['applicants', 'notes', id] as const,
  members: (orgId: string) => ['applicants', 'members', orgId] as const,
  visit: (jobId: string) => ['applicants', 'visit', jobId] as const,
  duplicates: (id: string) => ['applicants', 'duplicates', id] as const,
};
