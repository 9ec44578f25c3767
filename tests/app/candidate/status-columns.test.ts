// Who may touch what the status page added: members read every application column except the key hash; nobody
// but the RPCs sets withdrawn_at; the failure log, the salt and the inner functions are out of the API's reach.
import { describe, expect, it } from 'vitest';
import { rolledBack } from '../db/as-role.ts';
import { seedApplication } from '../db/fixtures.ts';
import { USERS } from '../db/seed.ts';
import { anonClient, signedInClient, sql } from '../../support/clients.ts';
import { applyWithKey, hashOf, newStatusKey } from './support.ts';

describe('applications.status_key_hash', () => {
  it('members read every column of applications except status_key_hash', async () => {
    const columns = await sql<{ column_name: string }>(
      `select column_name from information_schema.columns where table_schema = 'public' and table_name = 'applications' order by column_name`,
    );
    const readable = await sql<{ column_name: string }>(
      `select column_name from information_schema.column_privileges
       where table_schema = 'public' and table_name = 'applications' and grantee = 'authenticated' and privilege_type = 'SELECT'
       order by column_name`,
    );
    expect(readable.map((c) => c.column_name)).toEqual(columns.map((c) => c.column_name).filter((c) => c !== 'status_key_hash'));
  });

  it('a recruiter asking for it gets permission denied, through the API and in SQL', async () => {
    const applied = await applyWithKey();
    const recruiter = await signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password);
    const { data, error } = await recruiter.from('applications').select('id, status_key_hash').eq('id', applied.id);
    expect(data).toBeNull();
    expect(error?.code).toBe('42501');
    expect((await recruiter.from('applications').select('id, withdrawn_at').eq('id', applied.id)).data).toEqual([
      { id: applied.id, withdrawn_at: null },
    ]);
    await rolledBack(async (tx) => {
      const refused = await tx.as(USERS.acmeOwner).refused('select status_key_hash from public.applications');
      expect(refused.code).toBe('42501');
    });
  });

  it('the candidate sets it on insert only, in the hash’s shape', () =>
    rolledBack(async (tx) => {
      const id = await seedApplication(tx);
      expect(
        (await tx.as(USERS.acmeRecruiter).refused(`update public.applications set status_key_hash = $2 where id = $1`, [id, hashOf(newStatusKey())]))
          .code,
      ).toBe('42501');
      const [{ path }] = await tx.query<{ path: string }>(
        `insert into public.upload_grants (path, job_id, client_key_hash, expires_at) values ('backend-developer/' || gen_random_uuid() || '.pdf', 'ac000000-0000-4000-9000-000000000001', 'c', now() + interval '1 hour') returning path`,
      );
      await tx.query(`insert into storage.objects (bucket_id, name, metadata) values ('resumes', $1, '{}')`, [path]);
      const shape = await tx.as('anon').refused(
        `insert into public.applications (id, job_id, full_name, email, resume_path, resume_size, status_key_hash)
         values (gen_random_uuid(), 'ac000000-0000-4000-9000-000000000001', 'A', 'a@example.test', $1, 1, 'not-a-hash')`,
        [path],
      );
      expect(shape.code).toBe('23514');
    }));
});

describe('applications.withdrawn_at', () => {
  it('no API role sets it: not on insert, not by update (the RPC is the only way)', () =>
    rolledBack(async (tx) => {
      const id = await seedApplication(tx);
      for (const actor of [USERS.acmeRecruiter, USERS.acmeOwner] as const) {
        expect((await tx.as(actor).refused(`update public.applications set withdrawn_at = now() where id = $1`, [id])).code).toBe('42501');
      }
      expect((await tx.as('anon').refused(`insert into public.applications (withdrawn_at) values (now())`)).code).toBe('42501');
    }));
});

describe('the rest is the RPCs’ own', () => {
  it.each(['anon', 'authenticated'] as const)('%s cannot read the failure log or the salt', (role) =>
    rolledBack(async (tx) => {
      const actor = role === 'anon' ? 'anon' : USERS.acmeOwner;
      for (const table of ['status_access_failures', 'status_access_salt']) {
        expect((await tx.as(actor).refused(`select * from public.${table}`)).code).toBe('42501');
      }
    }),
  );

  it.each([
    `select public.open_application_status('x', 'y', true)`,
    `select public.status_client_key()`,
    `select public.request_client_address()`,
    `select * from public.withdrawn_resumes()`,
    `select public.forget_status_access_failures()`,
    `select public.require_read_write_call()`,
  ])('API roles cannot run %s', (statement) =>
    rolledBack(async (tx) => {
      for (const actor of ['anon', USERS.acmeOwner] as const) expect((await tx.as(actor).refused(statement)).code).toBe('42501');
    }),
  );

  it('the two RPCs run for anon and signed-in users alike', async () => {
    const applied = await applyWithKey();
    const viewer = await signedInClient(USERS.acmeViewer.email, USERS.acmeViewer.password);
    for (const client of [anonClient(), viewer]) {
      const { data, error } = await client.rpc('application_status', { application_id: applied.id, status_key: applied.key });
      expect(error).toBeNull();
      expect(data).toMatchObject({ status: 'found' });
    }
  });

  it('the service role may read and prune the failure log', () =>
    rolledBack(async (tx) => {
      await tx.as('service_role').query('select count(*) from public.status_access_failures');
      await tx.as('service_role').query(`delete from public.status_access_failures where at < now() - interval '1 day'`);
    }));
});
