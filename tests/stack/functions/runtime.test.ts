// Conformance of /functions/v1: real Deno serving supabase/functions/<name>/index.ts behind verify_jwt.
import { describe, expect, it } from 'vitest';
import { signJwt } from '../../../stack/jwt.ts';
import { anonClient, stack } from '../../support/clients.ts';

const url = (name: string) => `${stack.apiUrl}/functions/v1/${name}`;

describe('functions runtime', () => {
  it('supabase-js invokes a function in Deno with the stack secrets set', async () => {
    const { data, error } = await anonClient().functions.invoke('health', { method: 'GET' });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'ok', missingSecrets: [] });
    expect(data.runtime).toMatch(/^deno 2\./);
  });

  it('verify_jwt: no Authorization → 401, forged token → 401, anon key → 200', async () => {
    const none = await fetch(url('health'));
    expect(none.status).toBe(401);
    const forged = signJwt({ role: 'anon' }, 'a-different-secret-a-different-secret-123');
    expect((await fetch(url('health'), { headers: { authorization: `Bearer ${forged}` } })).status).toBe(401);
    expect((await fetch(url('health'), { headers: { authorization: `Bearer ${stack.anonKey}` } })).status).toBe(200);
  });

  it('answers the CORS preflight without a token', async () => {
    const res = await fetch(url('health'), {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('an unknown function is a 404 NOT_FOUND', async () => {
    const res = await fetch(url('no-such-function'), { headers: { authorization: `Bearer ${stack.anonKey}` } });
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('NOT_FOUND');
  });
});
