// The local database has hosted Supabase's roles: `supabase_admin` is the superuser and owns the platform's schemas;
// `postgres` (migrations, seed, the printed DB URL) is not a superuser, yet may write policies on auth and storage tables.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sql } from '../../support/clients.ts';

const refusal = (text: string) =>
  sql(text).then(
    () => null,
    (e: { code: string; message: string }) => ({ code: e.code, message: e.message }),
  );

describe('postgres as hosted Supabase has it', () => {
  it('has the attributes and memberships hosted gives it, and no superuser', async () => {
    const [me] = await sql(
      `select current_user as name, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, rolcanlogin from pg_roles where rolname = current_user`,
    );
    expect(me).toEqual({
      name: 'postgres',
      rolsuper: false,
      rolcreaterole: true,
      rolcreatedb: true,
      rolreplication: true,
      rolbypassrls: true,
      rolcanlogin: true,
    });
    const member = await sql<{ role: string }>(
      `select r.rolname as role from pg_auth_members m join pg_roles r on r.oid = m.roleid where m.member = 'postgres'::regrole order by 1`,
    );
    expect(member.map((m) => m.role)).toEqual(
      expect.arrayContaining(['anon', 'authenticated', 'service_role', 'pg_monitor', 'pg_read_all_data', 'pg_signal_backend']),
    );
    const [admin] = await sql(`select rolsuper from pg_roles where rolname = 'supabase_admin'`);
    expect(admin).toEqual({ rolsuper: true });
  });

  it('runs the migrations: it owns the public schema objects, the platform owns auth and storage', async () => {
    const owners = await sql<{ name: string; owner: string }>(
      `select n.nspname || '.' || c.relname as name, pg_get_userbyid(c.relowner) as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where (n.nspname, c.relname) in (('public', 'applications'), ('public', 'jobs'), ('auth', 'users'), ('storage', 'objects'), ('storage', 'buckets')) order by 1`,
    );
    expect(owners).toEqual([
      { name: 'auth.users', owner: 'supabase_auth_admin' },
      { name: 'public.applications', owner: 'postgres' },
      { name: 'public.jobs', owner: 'postgres' },
      { name: 'storage.buckets', owner: 'supabase_storage_admin' },
      { name: 'storage.objects', owner: 'supabase_storage_admin' },
    ]);
    const schemas = await sql(`select nspname, pg_get_userbyid(nspowner) as owner from pg_namespace where nspname in ('auth', 'storage') order by 1`);
    expect(schemas).toEqual([
      { nspname: 'auth', owner: 'supabase_admin' },
      { nspname: 'storage', owner: 'supabase_admin' },
    ]);
  });

  it('may write policies and triggers on storage and auth tables (supautils policy_grants), and grants', async () => {
    const name = `hosted roles ${randomUUID().slice(0, 8)}`;
    await sql(`create policy "${name}" on storage.objects for select to authenticated using (false)`);
    await sql(`alter policy "${name}" on storage.objects using (bucket_id = 'none')`);
    await sql(`drop policy "${name}" on storage.objects`);
    await sql(`create policy "${name}" on auth.users for select to authenticated using (false)`);
    await sql(`drop policy "${name}" on auth.users`);
    await sql(`grant select on storage.buckets to authenticated`);
  });

  it('may not do what only the owner or a superuser may, with a sentence saying why', async () => {
    for (const statement of [
      'alter table storage.objects disable trigger protect_objects_delete',
      'drop trigger protect_objects_delete on storage.objects',
      'alter table auth.users add column nickname text',
      `create or replace function storage.foldername(name text) returns text[] language sql as 'select null::text[]'`,
      'create index on storage.objects (owner_id)',
    ]) {
      expect(await refusal(statement), statement).toMatchObject({
        code: '42501',
        message: expect.stringMatching(/^hosted Supabase's postgres may not .* \(the platform owns the auth and storage schemas\)$/),
      });
    }
    expect(await refusal(`alter system set work_mem = '8MB'`)).toMatchObject({ code: '42501' });
    expect(await refusal(`create event trigger x on ddl_command_end execute function extensions.pgrst_watch()`)).toMatchObject({ code: '42501' });
    expect(await refusal(`alter role postgres superuser`)).toMatchObject({ code: '42501' });
  });
});
