// One page (50 rows) of a job's applications, with the exact count of every filtered row.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { PAGE_SIZE, type ApplicationRow, type ListParams } from '../types.ts';
import { applicantKeys } from './keys.ts';
import { listQuery } from './list-query.ts';
import { NOT_AWAITING_MANUAL_LOOK } from '../screening/api.ts';

export const LIST_COLUMNS = 'id, full_name, email, stage, score, parse_status, parse_error, created_at, submission_count';

export type ApplicationsPage = { rows: ApplicationRow[]; total: number };

export async function getApplicationsPage(params: ListParams): Promise<ApplicationsPage> {
  const from = (params.page - 1) * PAGE_SIZE;
  // Knocked-out applications nobody kept or rejected yet, and unread resumes still in Applied, are listed in their own
  // groups (screening/knocked-out-group.tsx, screening/manual-look-group.tsx), never ranked as if they scored zero.
  const { data, count, error } = await listQuery(params, LIST_COLUMNS, 'exact')
    .or('knockout.is.null,knockout_kept_at.not.is.null,stage.eq.rejected')
    .or(NOT_AWAITING_MANUAL_LOOK)
    .range(from, from + PAGE_SIZE - 1);
  if (error) throw fromPostgrestError(error);
  return { rows: (data ?? []) as unknown as ApplicationRow[], total: count ?? 0 };
}

export const applicationsPageQueryOptions = (params: ListParams) =>
  queryOptions({ queryKey: applicantKeys.list(params), queryFn: () => getApplicationsPage(params) });

// While any row on the page is still being scored, look again now and then so scores appear by themselves.
export const useApplicationsPage = (params: ListParams) =>
  useQuery({
    ...applicationsPageQueryOptions(params),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.rows.some((r) => r.parse_status === 'pending') ? 10_000 : false),
  });
