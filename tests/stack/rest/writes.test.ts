// Conformance of /rest/v1 writes with supabase-js: inserts (bulk, columns=, missing=default), upserts,
// updates, deletes, return=minimal/representation, counts, singular writes, RLS and constraint errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, serviceClient, sql } from '../../support/clients.ts';
import { ALICE, BOB, createFixtures, dropFixtures, rest, userClient } from './fixtures.ts';

beforeAll(createFixtures);
afterAll(dropFixtures);

const service = () => serviceClient();

describe('rest: insert', () => {
  it('inserts one row: 201 without a body by default (return=minimal)', async () => {
    const { data, error, status } = await service().from('conf_authors').insert({ id: 10, name: 'Octavia E. Butler' });
    expect(error).toBeNull();
    expect([status, data]).toEqual([201, null]);
    expect(await sql('select name, meta from public.conf_authors where id = 10')).toEqual([{ name: 'Octavia E. Butler', meta: {} }]);
  });

  it('returns the inserted rows shaped by select=, with embedding', async () => {
    const { data, error, status } = await service()
      .from('conf_books')
      .insert({ title: 'Kindred', author_id: 10, year: 1979 })
      .select('title, year, status, conf_authors(name)')
      .single();
    expect(error).toBeNull();
    expect(status).toBe(201);
    expect(data).toEqual({ title: 'Kindred', year: 1979, status: 'draft', conf_authors: { name: 'Octavia E. Butler' } });
  });

  it('inserts arrays through columns=, leaving missing keys null unless missing=default', async () => {
    const rows = [
      { title: 'Bulk A', year: 2001, status: 'published' },
      { title: 'Bulk B', year: 2002 },
    ];
    const nulls = await service().from('conf_books').insert(rows).select('title, status');
    expect(nulls.error?.code).toBe('23502'); // status is not null: the missing key became null
    const { data, error, count } = await service()
      .from('conf_books')
      .insert(rows, { defaultToNull: false, count: 'exact' })
      .select('title, status, tags');
    expect(error).toBeNull();
    expect(count).toBe(2);
    expect(data).toEqual([
      { title: 'Bulk A', status: 'published', tags: [] },
      { title: 'Bulk B', status: 'draft', tags: [] },
    ]);
  });

  it('inserts rows of defaults from empty objects', async () => {
    const one = await service().from('conf_log').insert({}).select('message');
    expect([one.status, one.data]).toEqual([201, [{ message: null }]]);
    const two = await service().from('conf_log').insert([{}, {}], { count: 'exact' });
    expect([two.status, two.count]).toEqual([201, 2]);
    await sql('delete from public.conf_log');
  });

  it('casts JSON to the column types and keeps JSON, arrays and timestamps', async () => {
    const { data, error } = await service()
      .from('conf_books')
      .insert({ title: 'Typed', year: '1999', tags: ['a', 'b,c'], data: { nested: { ok: true } }, created_at: '2020-01-02T03:04:05Z' })
      .select('year, tags, data, created_at')
      .single();
    expect(error).toBeNull();
    expect(data).toEqual({ year: 1999, tags: ['a', 'b,c'], data: { nested: { ok: true } }, created_at: '2020-01-02T03:04:05+00:00' });
  });

  it('maps constraint errors to PostgREST statuses', async () => {
    const duplicate = await service().from('conf_authors').insert({ id: 1, name: 'Again' });
    expect([duplicate.status, duplicate.error?.code]).toEqual([409, '23505']);
    expect(duplicate.error?.details).toBe('Key (id)=(1) already exists.');
    const orphan = await service().from('conf_books').insert({ title: 'Orphan', author_id: 999 });
    expect([orphan.status, orphan.error?.code]).toEqual([409, '23503']);
    const missing = await service().from('conf_books').insert({ year: 2000 });
    expect([missing.status, missing.error?.code]).toEqual([400, '23502']);
    const check = await service().from('conf_books').insert({ title: 'Bad', status: 'lost' });
    expect([check.status, check.error?.code]).toEqual([400, '23514']);
    const syntax = await service().from('conf_books').insert({ title: 'Bad', year: 'nineteen' });
    expect([syntax.status, syntax.error?.code]).toEqual([400, '22P02']);
    const long = await service().from('conf_books').insert({ title: 'Bad', isbn: '12345678901234567890' });
    expect([long.status, long.error?.code]).toEqual([400, '22001']);
  });

  it('refuses unknown columns (PGRST204), malformed JSON (PGRST102) and bodies over 1 MiB (413)', async () => {
    const unknown = await service().from('conf_books').insert({ title: 'X', nope: 1 });
    expect([unknown.status, unknown.error?.code]).toEqual([400, 'PGRST204']);
    expect(unknown.error?.message).toBe("Could not find the 'nope' column of 'conf_books' in the schema cache");
    const malformed = await rest('/conf_books', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title": ' });
    expect([malformed.status, malformed.json?.code, malformed.json?.message]).toEqual([400, 'PGRST102', 'Empty or invalid json']);
    const mixed = await rest('/conf_books', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[{"title": "a"}, {"year": 1}]',
    });
    expect([mixed.status, mixed.json?.message]).toEqual([400, 'All object keys must match']);
    const text = await rest('/conf_books', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'title' });
    expect([text.status, text.json?.code, text.json?.message]).toEqual([400, 'PGRST102', 'Content-Type not acceptable: text/plain']);
    const big = await rest('/conf_books', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(1024 * 1024 + 1) }),
    });
    expect(big.status).toBe(413);
  });
});

describe('rest: upsert', () => {
  it('merges duplicates on the primary key', async () => {
    const { data, error, status } = await service()
      .from('conf_authors')
      .upsert({ id: 2, name: 'Frank Herbert', country: 'USA' })
      .select('id, country');
    expect(error).toBeNull();
    expect(status).toBe(200); // nothing inserted
    expect(data).toEqual([{ id: 2, country: 'USA' }]);
    const mixed = await service()
      .from('conf_authors')
      .upsert([
        { id: 2, name: 'Frank Herbert', country: 'US' },
        { id: 11, name: 'N. K. Jemisin', country: 'US' },
      ])
      .select('id');
    expect([mixed.status, mixed.data]).toEqual([201, [{ id: 2 }, { id: 11 }]]);
  });

  it('uses on_conflict and ignores duplicates when asked', async () => {
    const { error } = await service().from('conf_books').upsert({ title: 'Dune (renamed)', isbn: '9780441172719' }, { onConflict: 'isbn' });
    expect(error).toBeNull();
    expect(await sql(`select title from public.conf_books where isbn = '9780441172719'`)).toEqual([{ title: 'Dune (renamed)' }]);
    const ignored = await service()
      .from('conf_books')
      .upsert({ title: 'Ignored', isbn: '9780441172719' }, { onConflict: 'isbn', ignoreDuplicates: true })
      .select('title');
    expect(ignored.error).toBeNull();
    expect(ignored.data).toEqual([]);
  });
});

describe('rest: update and delete', () => {
  it('updates filtered rows: 204 by default, 200 with the rows when selected', async () => {
    const minimal = await service().from('conf_books').update({ year: 1966 }).eq('title', 'Dune (renamed)');
    expect([minimal.status, minimal.data, minimal.error]).toEqual([204, null, null]);
    const { data, status, count } = await service()
      .from('conf_books')
      .update({ status: 'published' }, { count: 'exact' })
      .eq('author_id', 3)
      .select('title, status');
    expect([status, count, data]).toEqual([200, 1, [{ title: 'Solaris', status: 'published' }]]);
    const none = await service().from('conf_books').update({ year: 1 }).eq('id', 0).select();
    expect([none.status, none.data]).toEqual([200, []]);
  });

  it('rolls back a singular update that touched several rows (406 PGRST116)', async () => {
    const { error, status } = await service().from('conf_books').update({ year: 1 }).eq('author_id', 1).select().single();
    expect(status).toBe(406);
    expect(error).toMatchObject({ code: 'PGRST116', details: 'The result contains 3 rows' });
    expect(await sql('select count(*)::int as n from public.conf_books where year = 1')).toEqual([{ n: 0 }]);
  });

  it('refuses and undoes a write over max-affected with handling=strict (400 PGRST124)', async () => {
    // postgrest-js's maxAffected() sends these headers; its types only offer it to PostgREST 13 clients.
    const patch = (filter: string, year: number, max: number) =>
      rest(`/conf_books?${filter}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', prefer: `handling=strict, max-affected=${max}` },
        body: JSON.stringify({ year }),
      });
    const over = await patch('author_id=eq.1', 2, 2);
    expect(over.status).toBe(400);
    expect(over.json).toMatchObject({ code: 'PGRST124', details: 'The query affects 3 rows' });
    expect(await sql('select count(*)::int as n from public.conf_books where year = 2')).toEqual([{ n: 0 }]);
    expect((await patch('id=eq.2', 1969, 1)).status).toBe(204);
  });

  it('deletes filtered rows, with counts and representation', async () => {
    await service()
      .from('conf_log')
      .insert([{ message: 'a' }, { message: 'b' }, { message: 'c' }]);
    const { data, count, status } = await service().from('conf_log').delete({ count: 'exact' }).in('message', ['a', 'b']).select('message');
    expect([status, count, data]).toEqual([200, 2, [{ message: 'a' }, { message: 'b' }]]);
    const minimal = await service().from('conf_log').delete().eq('message', 'c');
    expect([minimal.status, minimal.error]).toEqual([204, null]);
    expect(await sql('select count(*)::int as n from public.conf_log')).toEqual([{ n: 0 }]);
  });
});

describe('rest: writes under RLS', () => {
  it('anon is refused an insert its policies do not allow (401 42501)', async () => {
    const { error, status } = await anonClient().from('conf_notes').insert({ body: 'from anon', owner: ALICE });
    expect(status).toBe(401);
    expect(error?.code).toBe('42501');
    expect(error?.message).toBe('new row violates row-level security policy for table "conf_notes"');
  });

  it('a user inserts their own rows, not someone else’s (403 42501)', async () => {
    const alice = userClient(ALICE);
    const own = await alice.from('conf_notes').insert({ body: 'alice new' }).select('body, owner').single();
    expect(own.error).toBeNull();
    expect(own.data).toEqual({ body: 'alice new', owner: ALICE });
    const forged = await alice.from('conf_notes').insert({ body: 'as bob', owner: BOB });
    expect([forged.status, forged.error?.code]).toEqual([403, '42501']);
  });

  it('return=minimal inserts need no select policy; representation does', async () => {
    await sql('drop table if exists public.conf_inbox');
    await sql(`create table public.conf_inbox (id serial primary key, body text);
      alter table public.conf_inbox enable row level security;
      create policy conf_inbox_insert on public.conf_inbox for insert to anon with check (true);`);
    const blind = await anonClient().from('conf_inbox').insert({ body: 'hello' });
    expect([blind.status, blind.error]).toEqual([201, null]);
    const seen = await anonClient().from('conf_inbox').insert({ body: 'hello' }).select();
    expect([seen.status, seen.error?.code]).toEqual([401, '42501']);
  });

  it('updates and deletes only reach rows the policies let through', async () => {
    const bob = userClient(BOB);
    const update = await bob.from('conf_notes').update({ body: 'hacked' }).eq('body', 'alice private').select();
    expect([update.status, update.data]).toEqual([200, []]);
    const del = await bob.from('conf_notes').delete({ count: 'exact' }).eq('owner', ALICE);
    expect([del.status, del.count]).toEqual([204, 0]);
    expect(await sql(`select count(*)::int as n from public.conf_notes where owner = $1`, [ALICE])).toEqual([{ n: 3 }]);
  });
});
