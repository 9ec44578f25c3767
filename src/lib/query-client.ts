// Server state defaults: data stays fresh for a minute; one layer of retries. supabase-js already retries reads that
// hit a network error or a 503 (postgrest-js, 1 s + 2 s + 4 s), so react-query adds one retry for other transient
// failures only, and a dead connection is reported (with Try again) instead of spinning for half a minute.
import { QueryClient } from '@tanstack/react-query';
import { toAppError } from './errors.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => {
        const { kind, retryable, code } = toAppError(error);
        // PostgREST's 503s (the database down: PGRST000–002, 08*, 57P01) are among the reads supabase-js retried.
        const retriedAlready = kind === 'network' || kind === 'offline' || (kind === 'unavailable' && /^PGRST00[0-2]$|^08|^57P01$/.test(code ?? ''));
        return failureCount < 1 && retryable && !retriedAlready;
      },
    },
    mutations: { retry: false },
  },
});
