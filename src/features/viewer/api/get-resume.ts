// The resume's bytes, fetched through the current signed URL; a URL found lapsed is dropped, re-signed and retried once.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { AppError, connectionError } from '@/lib/errors';
import { resumeUrlQueryOptions } from './get-resume-url.ts';
import { resumeKeys } from './keys.ts';

export async function fetchResume(queryClient: QueryClient, path: string): Promise<Uint8Array> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const url = await queryClient.fetchQuery(resumeUrlQueryOptions(path));
    const response = await fetch(url).catch((e: unknown) => {
      throw connectionError(e);
    });
    if (response.ok) return new Uint8Array(await response.arrayBuffer());
    if (attempt === 0 && response.status >= 400 && response.status < 500) {
      queryClient.removeQueries({ queryKey: resumeKeys.url(path) });
      continue;
    }
    throw response.status === 404 || response.status === 400
      ? new AppError('not_found', 'The resume file could not be found in storage.', { status: response.status })
      : new AppError('unavailable', undefined, { status: response.status });
  }
  throw new AppError('unavailable');
}

export const resumeQueryOptions = (path: string) =>
  queryOptions({
    queryKey: resumeKeys.bytes(path),
    queryFn: ({ client }) => fetchResume(client, path),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: 1,
  });

/**
 * Starts fetching a resume the page is about to show, before the viewer's code has arrived; the viewer then finds the
 * bytes (or the request in flight) in the cache. Only for a path the database just returned to this user: the storage
 * policies decide whether it may be signed, as they do for the viewer.
 */
export const prefetchResume = (queryClient: QueryClient, path: string) => queryClient.prefetchQuery(resumeQueryOptions(path));

export const useResume = (path: string) => useQuery(resumeQueryOptions(path));
