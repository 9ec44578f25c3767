// Conformance of /rest/v1/rpc with supabase-js: named arguments by POST and GET, scalar, set and
// table results with filters and counts, void functions, errors raised in SQL and unknown functions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, serviceClient, sql } from '../../support/clients.ts';
import { ALICE, createFixtures, dropFixtures, rest, userClient } from './fixtures.ts';

beforeAll(createFixtures);
afterAll(dropFixtures);

const anon = () => anonClient();

describe('rest: rpc', () => {
  it('calls a scalar function with named arguments, by POST and by GET, defaults filled in', async () => {
    expect(await anon().rpc('conf_add', { a: 2, b: 3 })).toMatchObject({ data: 5, error: null, status: 200 });
    expect(await anon().rpc('conf_add', { a: 2, b: 3 }, { get: true })).toMatchObject({ data: 5, error: null });
    expect((await anon().rpc('conf_add', { a: 41 })).data).toBe(42);
    expect((await anon().rpc('conf_hello')).data).toBe('hello');
  });

  it('returns table rows, filtered, ordered and limited like a table', async () => {
    const { data, error } = await anon()
      .rpc('conf_books_by', { author: 'Ursula K. Le Guin' })
      .select('title, year')
      .gt('year', 1968)
      .order('year', { ascending: false })
      .limit(1);
    expect(error).toBeNull();
    expect(data).toEqual([{ title: 'The Dispossessed', year: 1974 }]);
    const embedded = await anon().rpc('conf_books_by', { author: 'Frank Herbert' }).select('title, conf_authors(country)').single();
    expect(embedded.data).toEqual({ title: 'Dune', conf_authors: { country: 'US' } });
    const { data: stats } = await anon().rpc('conf_stats').eq('author', 'Anonymous');
    expect(stats).toEqual([{ author: 'Anonymous', books: 0 }]);
  });

  it('returns a set of scalars as an array and a single row as an object', async () => {
    expect((await anon().rpc('conf_years')).data).toEqual([1961, 1965, 1968, 1969, 1974]);
    const { data } = await anon().rpc('conf_first_book').select('id, title');
    expect(data).toEqual({ id: 1, title: 'A Wizard of Earthsea' });
  });

  it('counts the rows of a set-returning function, with head: true too', async () => {
    const { data, count, status } = await anon().rpc('conf_stats', {}, { count: 'exact' }).range(0, 1);
    expect([data?.length, count, status]).toEqual([2, 4, 206]);
    const head = await anon().rpc('conf_stats', {}, { head: true, count: 'exact' });
    expect([head.data, head.count, head.error]).toEqual([null, 4, null]);
  });

  it('answers 204 for a void function, which runs in the caller’s transaction', async () => {
    const { data, error, status } = await serviceClient().rpc('conf_log_it', { message: 'called' });
    expect([data, error, status]).toEqual([null, null, 204]);
    expect(await sql(`select message from public.conf_log where message = 'called'`)).toEqual([{ message: 'called' }]);
  });

  it('runs GET calls read-only (405 25006 for a function that writes)', async () => {
    const { error, status } = await serviceClient().rpc('conf_log_it', { message: 'via get' }, { get: true });
    expect(status).toBe(405);
    expect(error?.code).toBe('25006');
  });

  it('passes the whole body to a function of one unnamed json argument', async () => {
    const { data } = await anon().rpc('conf_echo', { any: ['shape', 1] });
    expect(data).toEqual({ any: ['shape', 1] });
  });

  it('sees the JWT claims and request settings', async () => {
    const { data } = await userClient(ALICE).rpc('conf_whoami');
    expect(data).toEqual({ uid: ALICE, role: 'authenticated', method: 'POST' });
    const asAnon = await anon().rpc('conf_whoami', {}, { get: true });
    expect(asAnon.data).toEqual({ uid: null, role: 'anon', method: 'GET' });
  });

  it('turns RAISE EXCEPTION into 400 P0001 with its detail and hint', async () => {
    const { error, status } = await anon().rpc('conf_fail', { reason: 'because' });
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: 'P0001', message: 'refused: because', details: 'the reason was because', hint: 'try again' });
  });

  it('honours response.status and response.headers set by the function', async () => {
    const res = await rest('/rpc/conf_teapot', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([res.status, res.json, res.headers.get('x-brewed')]).toEqual([418, 'short and stout', 'yes']);
  });

  it('an unknown function or argument set is 404 PGRST202', async () => {
    const unknown = await anon().rpc('conf_nothing', { a: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.error).toMatchObject({
      code: 'PGRST202',
      message: 'Could not find the function public.conf_nothing(a) in the schema cache',
      details:
        'Searched for the function public.conf_nothing with parameter a or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.',
    });
    const wrongArgs = await anon().rpc('conf_add', { x: 1 });
    expect([wrongArgs.status, wrongArgs.error?.code]).toEqual([404, 'PGRST202']);
    const extra = await anon().rpc('conf_add', { a: 1, c: 3 }, { get: true });
    expect([extra.status, extra.error?.message]).toEqual([404, 'Could not find the function public.conf_add(a, c) in the schema cache']);
    const badArg = await anon().rpc('conf_add', { a: 'one' });
    expect([badArg.status, badArg.error?.code]).toEqual([400, '22P02']);
  });

  it('reloads its cache on NOTIFY pgrst after DDL, so a changed return type shows', async () => {
    expect((await anon().rpc('conf_hello')).data).toBe('hello');
    await sql(
      `drop function public.conf_hello(); create function public.conf_hello() returns setof text language sql stable as $$ values ('hello'), ('again') $$`,
    );
    await expect.poll(async () => (await anon().rpc('conf_hello')).data).toEqual(['hello', 'again']);
  });

  it('sees functions created while it runs', async () => {
    await sql(`create or replace function public.conf_late_fn(n int) returns int language sql as $$ select n * 2 $$`);
    expect((await anon().rpc('conf_late_fn', { n: 21 })).data).toBe(42);
    await sql('drop function public.conf_late_fn(int)');
    await sql(`create function public.conf_late_fn(m int, k int) returns int language sql as $$ select m * k $$`);
    expect((await anon().rpc('conf_late_fn', { m: 6, k: 7 })).data).toBe(42);
    await sql('drop function public.conf_late_fn(int, int)');
  });
});
