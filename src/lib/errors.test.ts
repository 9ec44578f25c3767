import { describe, expect, it } from 'vitest';
import { fromPostgrestError } from './errors.ts';

const UNAVAILABLE = 'The service is temporarily unavailable. Please try again in a moment.';

describe('fromPostgrestError', () => {
  it('reads the database being down (PostgREST 503/504 PGRST000–003, Postgres 08*, 57P01) as unavailable, worth a retry', () => {
    const bodies = [
      {
        code: 'PGRST000',
        details: 'connection to server at "127.0.0.1", port 54322 failed: Connection refused',
        hint: null,
        message: 'Database connection error. Retrying the connection.',
      },
      {
        code: 'PGRST001',
        details: 'server closed the connection unexpectedly',
        hint: null,
        message: 'Database client error. Retrying the connection.',
      },
      { code: 'PGRST002', details: null, hint: null, message: 'Could not query the database for the schema cache. Retrying.' },
      { code: 'PGRST003', details: null, hint: null, message: 'Timed out acquiring connection from connection pool.' },
      { code: '08006', details: null, hint: null, message: 'connection failure' },
      { code: '57P01', details: null, hint: null, message: 'terminating connection due to administrator command' },
    ];
    for (const body of bodies) {
      const error = fromPostgrestError(body);
      expect([body.code, error.kind, error.retryable, error.message]).toEqual([body.code, 'unavailable', true, UNAVAILABLE]);
    }
  });

  it('leaves the other PostgREST codes as they were', () => {
    expect(fromPostgrestError({ code: 'PGRST116', message: 'Cannot coerce the result to a single JSON object' }).kind).toBe('not_found');
    expect(fromPostgrestError({ code: 'PGRST100', message: 'failed to parse filter' }).kind).toBe('unknown');
    expect(fromPostgrestError({ code: '23505', message: 'duplicate key value violates unique constraint' }).kind).toBe('conflict');
  });
});
