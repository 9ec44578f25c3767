import { describe, expect, it } from 'vitest';
import { fromPgError, jwtError, pgStatus } from './errors.ts';
import { negotiate, parsePrefer, parseQuery, profile } from './request.ts';

const q = (search: string, method = 'GET', range?: string) => parseQuery(new URL(`http://x/t?${search}`), method, range);

describe('parseQuery', () => {
  it('sorts parameters into select, filters, logic, order and ranges by embed path', () => {
    const parts = q(
      'select=id,b(c)&id=eq.1&b.c=gt.2&or=(id.eq.1,id.eq.2)&b.or=(c.eq.1)&order=id.desc&b.order=c&b.limit=2&b.offset=1&limit=5&offset=10&apikey=k&columns="a"&on_conflict=id',
    );
    expect(parts.select).toBe('id,b(c)');
    expect(parts.columns).toBe('"a"');
    expect(parts.onConflict).toBe('id');
    expect(parts.filters.map((f) => [f.path, f.filter.field.name])).toEqual([
      [[], 'id'],
      [['b'], 'c'],
    ]);
    expect(parts.logic.map((l) => l.path)).toEqual([[], ['b']]);
    expect(parts.order.map((o) => o.path)).toEqual([[], ['b']]);
    expect(parts.ranges.get('b')).toEqual({ offset: 1, limit: 2 });
    expect(parts.topRange).toEqual({ offset: 10, limit: 5 });
  });

  it('intersects the Range header with limit/offset, GET only, and keeps limit=0', () => {
    expect(q('', 'GET', '0-9').topRange).toEqual({ offset: 0, limit: 10 });
    expect(q('', 'GET', '5-').topRange).toEqual({ offset: 5, limit: null });
    expect(q('limit=3', 'GET', '2-9').topRange).toEqual({ offset: 2, limit: 1 });
    expect(q('', 'PATCH', '0-9').topRange).toEqual({ offset: 0, limit: null });
    expect(q('limit=0', 'GET', '0-9').topRange).toEqual({ offset: 0, limit: 0 });
    expect(q('limit=abc').topRange).toEqual({ offset: 0, limit: null });
  });

  it('refuses a negative limit and a reversed Range (416 PGRST103)', () => {
    expect(() => q('limit=-1')).toThrow(expect.objectContaining({ status: 416, body: expect.objectContaining({ code: 'PGRST103' }) }));
    expect(() => q('', 'GET', '9-2')).toThrow(expect.objectContaining({ status: 416 }));
  });

  it('takes RPC arguments out of GET parameters', () => {
    const parts = parseQuery(new URL('http://x/rpc/f?a=1&b=eq.2&select=x'), 'GET', undefined, (k) => k === 'a');
    expect(parts.args).toEqual([['a', '1']]);
    expect(parts.filters.map((f) => f.filter.field.name)).toEqual(['b']);
  });
});

describe('headers', () => {
  it('parses Prefer as postgrest-js sends it, refusing unknown ones only with handling=strict', () => {
    expect(parsePrefer('return=representation, count=exact,resolution=merge-duplicates, missing=default')).toEqual({
      return: 'representation',
      count: 'exact',
      resolution: 'merge-duplicates',
      missing: 'default',
      invalid: [],
    });
    expect(parsePrefer(['count=exact', 'return=minimal'])).toMatchObject({ count: 'exact', return: 'minimal' });
    expect(parsePrefer('bogus=1').invalid).toEqual(['bogus=1']);
    expect(() => parsePrefer('handling=strict, bogus=1')).toThrow(expect.objectContaining({ body: expect.objectContaining({ code: 'PGRST122' }) }));
    expect(parsePrefer('handling=strict, max-affected=5')).toMatchObject({ handling: 'strict', maxAffected: 5 });
  });

  it('negotiates arrays, single objects and stripped nulls', () => {
    expect(negotiate(undefined)).toEqual({ object: false, stripNulls: false });
    expect(negotiate('*/*')).toEqual({ object: false, stripNulls: false });
    expect(negotiate('application/vnd.pgrst.object+json')).toEqual({ object: true, stripNulls: false });
    expect(negotiate('application/vnd.pgrst.array+json;nulls=stripped')).toEqual({ object: false, stripNulls: true });
    expect(() => negotiate('text/csv')).toThrow(expect.objectContaining({ status: 406, body: expect.objectContaining({ code: 'PGRST107' }) }));
  });

  it('accepts only the public profile, read from the header the method uses', () => {
    expect(profile('GET', {})).toBe(false);
    expect(profile('GET', { 'accept-profile': 'public' })).toBe(true);
    expect(profile('POST', { 'accept-profile': 'other' })).toBe(false);
    expect(() => profile('POST', { 'content-profile': 'other' })).toThrow(expect.objectContaining({ status: 406 }));
  });
});

describe('errors', () => {
  it('maps SQLSTATEs to PostgREST statuses', () => {
    const cases: [string, string, boolean, number][] = [
      ['23505', 'duplicate', true, 409],
      ['23503', 'fk', true, 409],
      ['23502', 'not null', true, 400],
      ['23514', 'check', true, 400],
      ['22P02', 'syntax', true, 400],
      ['22001', 'too long', true, 400],
      ['P0001', 'raise', true, 400],
      ['42703', 'column', true, 400],
      ['42P01', 'relation', true, 404],
      ['42883', 'operator does not exist', true, 404],
      ['42501', 'denied', false, 401],
      ['42501', 'denied', true, 403],
      ['25006', 'read only', true, 405],
      ['22023', 'role "x" does not exist', true, 401],
      ['PT418', 'teapot', true, 418],
      ['XX000', 'internal', true, 500],
      ['57014', 'canceled', true, 500],
      ['08006', 'connection', true, 503],
    ];
    for (const [code, message, authed, status] of cases) expect(pgStatus(code, message, authed), code).toBe(status);
  });

  it('builds the body with nulls for absent details and hints', () => {
    const err = fromPgError({ code: '42501', message: 'permission denied for table t' }, false);
    expect([err.status, err.body, err.headers]).toEqual([
      401,
      { code: '42501', details: null, hint: null, message: 'permission denied for table t' },
      { 'www-authenticate': 'Bearer' },
    ]);
    expect(jwtError('token is expired').body).toMatchObject({ code: 'PGRST303', message: 'JWT expired' });
    expect(jwtError('invalid signature').body).toMatchObject({ code: 'PGRST301', message: 'JWT cryptographic operation failed' });
    expect(jwtError('malformed token', 'abc').body).toMatchObject({ code: 'PGRST301', message: 'Expected 3 parts in JWT; got 1' });
  });
});
