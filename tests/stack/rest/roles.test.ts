// Conformance of /rest/v1 with supabase-js for who may do what: RLS and privileges decided by Postgres
// for each JWT role, PostgREST's 401/403 split, refused tokens, and a schema cache that follows DDL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, serviceClient, sql } from '../../support/clients.ts';
import { ALICE, clientWithToken, createFixtures, dropFixtures, expiredToken, userClient } from './fixtures.ts';

beforeAll(createFixtures);
afterAll(dropFixtures);

const anon = () => anonClient();

describe('rest: roles and RLS', () => {
  it('row-level security decides what each role reads', async () => {
    const asAnon = await anon().from('conf_notes').select('body').order('body');
    expect(asAnon.data).toEqual([{ body: 'alice shared' }]);
    const asAlice = await userClient(ALICE).from('conf_notes').select('body').order('body');
    expect(asAlice.data).toEqual([{ body: 'alice private' }, { body: 'alice shared' }]);
    const asService = await serviceClient().from('conf_notes').select('body', { count: 'exact', head: true });
    expect(asService.count).toBe(3);
  });

  it('a table the role may not read is 401 for anon and 403 when signed in (42501)', async () => {
    const asAnon = await anon().from('conf_secrets').select();
    expect([asAnon.status, asAnon.error?.code]).toEqual([401, '42501']);
    expect(asAnon.error?.message).toBe('permission denied for table conf_secrets');
    const asUser = await userClient().from('conf_secrets').select();
    expect([asUser.status, asUser.error?.code]).toEqual([403, '42501']);
    const asService = await serviceClient().from('conf_secrets').select('secret').single();
    expect(asService.data).toEqual({ secret: 'hunter2' });
  });

  it('an expired JWT is 401 PGRST303 and a forged one 401 PGRST301', async () => {
    const expired = await clientWithToken(expiredToken()).from('conf_books').select();
    expect(expired.status).toBe(401);
    expect(expired.error).toMatchObject({ code: 'PGRST303', message: 'JWT expired' });
    const forged = await clientWithToken(`${expiredToken().split('.').slice(0, 2).join('.')}.bad`)
      .from('conf_books')
      .select();
    expect([forged.status, forged.error?.code]).toEqual([401, 'PGRST301']);
    const garbage = await clientWithToken('abc').from('conf_books').select();
    expect([garbage.status, garbage.error?.message]).toEqual([401, 'Expected 3 parts in JWT; got 1']);
    const noRole = await userClient(undefined, { role: 'postgres' }).from('conf_books').select();
    expect(noRole.status).toBe(401);
  });
});

describe('rest: schema cache', () => {
  it('sees tables, columns and relationships created while it runs', async () => {
    await sql('drop table if exists public.conf_late cascade');
    await anon().from('conf_books').select('id').limit(1);
    await sql('create table public.conf_late (id int primary key, book_id int references public.conf_books (id))');
    await sql('insert into public.conf_late values (1, 4)');
    const { data, error } = await anon().from('conf_late').select('id, conf_books(title)');
    expect(error).toBeNull();
    expect(data).toEqual([{ id: 1, conf_books: { title: 'Dune' } }]);
    await sql('alter table public.conf_late add column note text');
    const added = await serviceClient().from('conf_late').update({ note: 'late' }).eq('id', 1).select('note').single();
    expect(added.data).toEqual({ note: 'late' });
    await sql('drop table public.conf_late');
    const gone = await anon().from('conf_late').select();
    expect(gone.status).toBe(404);
  });
});
