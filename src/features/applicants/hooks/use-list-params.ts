// The applicant list's page, sort, stage filter and search, read from and written to the URL.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from '@/lib/router';
import { isStage, type ListParams, type SortKey } from '../types.ts';

const SORTS: SortKey[] = ['score', 'date', 'name'];
export const DEFAULT_DIR: Record<SortKey, 'asc' | 'desc'> = { score: 'desc', date: 'desc', name: 'asc' };

export function parseListParams(jobId: string, search: URLSearchParams): ListParams {
  const sort = SORTS.find((s) => s === search.get('sort')) ?? 'score';
  const dirParam = search.get('dir');
  const dir = dirParam === 'asc' || dirParam === 'desc' ? dirParam : DEFAULT_DIR[sort];
  const page = Math.max(1, Math.floor(Number(search.get('page')) || 1));
  const stage = search.get('stage');
  const source = search.get('source')?.slice(0, 60);
  const answer = search.get('answer')?.slice(0, 300);
  return {
    jobId,
    page,
    sort,
    dir,
    stage: isStage(stage) ? stage : null,
    q: (search.get('q') ?? '').slice(0, 200),
    // The screening filters, only when set (screening/).
    ...(source ? { source } : {}),
    ...(answer ? { answer } : {}),
  };
}

/** The list's state as a query string, leaving out defaults so URLs stay short. */
export function listSearch(params: ListParams): string {
  const search = new URLSearchParams();
  if (params.sort !== 'score') search.set('sort', params.sort);
  if (params.dir !== DEFAULT_DIR[params.sort]) search.set('dir', params.dir);
  if (params.stage) search.set('stage', params.stage);
  if (params.q) search.set('q', params.q);
  if (params.source) search.set('source', params.source);
  if (params.answer) search.set('answer', params.answer);
  if (params.page > 1) search.set('page', String(params.page));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function useListParams(jobId: string) {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseListParams(jobId, search), [jobId, search]);
  const update = useCallback(
    (change: Partial<Omit<ListParams, 'jobId'>>) => {
      const next = { ...params, ...change };
      // Any change but paging starts again at the first page.
      if (!('page' in change)) next.page = 1;
      setSearch(new URLSearchParams(listSearch(next)), { replace: 'q' in change });
    },
    [params, setSearch],
  );
  return [params, update] as const;
}
