import { describe, expect, it } from 'vitest';
import { queryClient } from './query-client.ts';

const retry = queryClient.getDefaultOptions().queries!.retry as (failureCount: number, error: unknown) => boolean;
const postgrest = (code: string) => ({ code, details: null, hint: null, message: `PostgREST ${code}` });

describe('query retries: one layer in all', () => {
  it('does not retry what supabase-js already retried: a dead connection, PostgREST’s 503 for the database down', () => {
    expect(retry(0, new TypeError('Failed to fetch'))).toBe(false);
    for (const code of ['PGRST000', 'PGRST001', 'PGRST002', '08006', '57P01']) expect([code, retry(0, postgrest(code))]).toEqual([code, false]);
  });

  it('retries other transient failures once (PGRST003 is a 504, which supabase-js does not retry)', () => {
    expect(retry(0, postgrest('PGRST003'))).toBe(true);
    expect(retry(1, postgrest('PGRST003'))).toBe(false);
    expect(retry(0, postgrest('XX000'))).toBe(true);
  });

  it('never retries what cannot change by retrying', () => {
    expect(retry(0, postgrest('PGRST116'))).toBe(false);
    expect(retry(0, postgrest('42501'))).toBe(false);
  });
});
