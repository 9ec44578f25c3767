// The resume's bytes, fetched through the current signed URL; a URL found lapsed is dropped, re-signed and retried once.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
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

export function useResume(path: string) {
  const queryClient = useQueryClient();
  return useQuery({ queryKey: resumeKeys.bytes(path), queryFn: () => fetchResume(queryClient, path), staleTime: Infinity, gcTime: 5 * 60_000, retry: 1 });
}
