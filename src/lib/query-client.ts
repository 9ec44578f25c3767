// Server state defaults: data stays fresh for a minute, and only failures worth repeating are retried.
import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from './errors.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => failureCount < 2 && isRetryable(error),
    },
    mutations: { retry: false },
  },
});
