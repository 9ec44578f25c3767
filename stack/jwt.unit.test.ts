import { describe, expect, it } from 'vitest';
import { ANON_KEY, JWT_SECRET, SERVICE_ROLE_KEY } from './config.ts';
import { JwtError, signJwt, verifyJwt } from './jwt.ts';

describe('jwt', () => {
  it('verifies the Supabase CLI demo keys with the demo secret', () => {
    expect(verifyJwt(ANON_KEY, JWT_SECRET).role).toBe('anon');
    expect(verifyJwt(SERVICE_ROLE_KEY, JWT_SECRET).role).toBe('service_role');
  });

  it('round-trips claims', () => {
    const token = signJwt({ sub: 'u1', role: 'authenticated', exp: 4_000_000_000 }, JWT_SECRET);
    expect(verifyJwt(token, JWT_SECRET)).toMatchObject({ sub: 'u1', role: 'authenticated' });
  });

  it('refuses a wrong secret, an edited payload, alg none, expiry and garbage', () => {
    const token = signJwt({ role: 'anon' }, JWT_SECRET);
    expect(() => verifyJwt(token, 'another-secret-another-secret-another')).toThrow(JwtError);
    const [h, , s] = token.split('.');
    const edited = `${h}.${Buffer.from(JSON.stringify({ role: 'service_role' })).toString('base64url')}.${s}`;
    expect(() => verifyJwt(edited, JWT_SECRET)).toThrow(/signature/);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"role":"service_role"}').toString('base64url')}.`;
    expect(() => verifyJwt(none, JWT_SECRET)).toThrow(/algorithm/);
    expect(() => verifyJwt(signJwt({ role: 'anon', exp: 10 }, JWT_SECRET), JWT_SECRET)).toThrow(/expired/);
    expect(() => verifyJwt('not.a.jwt', JWT_SECRET)).toThrow(JwtError);
    expect(() => verifyJwt('abc', JWT_SECRET)).toThrow(JwtError);
  });
});
