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

  it("reports each refusal in jose's words too (what Storage answers)", () => {
    const b64 = (v: string) => Buffer.from(v).toString('base64url');
    const [h, b, s] = signJwt({ role: 'anon' }, JWT_SECRET).split('.');
    const jose = (token: string) => {
      try {
        verifyJwt(token, JWT_SECRET);
      } catch (e) {
        return (e as JwtError).jose;
      }
      return null;
    };
    expect(jose('abc')).toBe('Invalid Compact JWS');
    expect(jose(`${b64('{x')}.${b}.${s}`)).toBe('JWS Protected Header is invalid');
    expect(jose(`${b64('{}')}.${b}.${s}`)).toBe('JWS "alg" (Algorithm) Header Parameter missing or invalid');
    expect(jose(`${b64('{"alg":"HS512"}')}.${b}.${s}`)).toBe('"alg" (Algorithm) Header Parameter value not allowed');
    expect(jose(`${h}.${b64('{"role":"x"}')}.${s}`)).toBe('signature verification failed');
    expect(jose(signJwt('1' as never, JWT_SECRET))).toBe('JWT Claims Set must be a top-level JSON object');
    expect(jose(signJwt({ exp: 1 }, JWT_SECRET))).toBe('"exp" claim timestamp check failed');
    expect(jose(`${h}.${b}.${s}`)).toBeNull();
  });
});
