// RLS matrix cells for duplicates, retention and erasure: rows made for the cell (as postgres) and removed after it.
import { ACME } from '../../../app/db/seed.ts';
import { sql } from '../../../support/clients.ts';
import { dropApplication, exists, freshApplication, rowsOf, using, type Try } from './fixtures.ts';

/** A fresh Acme application rejected 400 days ago: past any retention period. */
const expiredApplication = async () => {
  const a = await freshApplication();
  await sql(`update public.applications set stage = 'rejected' where id = $1`, [a.id]);
  await sql(`update public.stage_events set at = now() - interval '400 days' where application_id = $1 and to_stage = 'rejected'`, [a.id]);
  return a;
};
const dropLogged = async (a: { id: string; path: string }) => {
  await dropApplication(a);
  await sql('delete from public.erasure_log where application_id = $1', [a.id]);
};
const resetRetention = () => sql('update public.retention_settings set retention_days = 180 where org_id = $1', [ACME]);

/** Two fresh Acme applications of one person (freshApplication gives every one the same email). */
const twoSubmissions = async () => ({ first: await freshApplication(), second: await freshApplication() });
const dropBoth = async (p: { first: { path: string }; second: { path: string } }) => {
  await dropApplication(p.second);
  await dropApplication(p.first);
};

export const PRIVACY_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  'rpc · application_duplicates (an Acme application; members)': ({ client }) =>
    using(twoSubmissions, dropBoth, async ({ first, second }) => {
      const { data, error } = await client.rpc('application_duplicates', { application: second.id });
      return !error && Array.isArray(data) && data.some((d: { id: string }) => d.id === first.id);
    }),
  "retention_settings · select Acme's": async ({ client }) =>
    rowsOf(await client.from('retention_settings').select('org_id').eq('org_id', ACME)) === 1,
  'retention_settings · update retention_days': ({ client }) =>
    using(resetRetention, resetRetention, async () => {
      await client.from('retention_settings').update({ retention_days: 365 }).eq('org_id', ACME);
      return exists('select 1 from public.retention_settings where org_id = $1 and retention_days = 365', [ACME]);
    }),
  'erasure_log · select an Acme entry': ({ client }) =>
    using(
      async () =>
        (
          await sql(
            `insert into public.erasure_log (org_id, application_id, reason, applied_at) values ($1, gen_random_uuid(), 'request', now()) returning id`,
            [ACME],
          )
        )[0].id as number,
      (id) => sql('delete from public.erasure_log where id = $1', [id]),
      async (id) => rowsOf(await client.from('erasure_log').select('id').eq('id', id)) === 1,
    ),
  'erasure_log · insert': async ({ client }) => {
    const applicationId = crypto.randomUUID();
    try {
      await client
        .from('erasure_log')
        .insert({ org_id: ACME, application_id: applicationId, reason: 'request', applied_at: new Date().toISOString() });
      return await exists('select 1 from public.erasure_log where application_id = $1', [applicationId]);
    } finally {
      await sql('delete from public.erasure_log where application_id = $1', [applicationId]);
    }
  },
  'rpc · set_erasure_hold (an Acme application; owners)': ({ client }) =>
    using(freshApplication, dropApplication, async ({ id }) => {
      await client.rpc('set_erasure_hold', { application: id, hold: true });
      return exists('select 1 from public.applications where id = $1 and erasure_hold_at is not null', [id]);
    }),
  'rpc · erasure_schedule (Acme; owners see what is due)': ({ client }) =>
    using(expiredApplication, dropApplication, async ({ id }) => {
      const { data, error } = await client.rpc('erasure_schedule', { org: ACME, within_days: 30 });
      return !error && Array.isArray(data) && data.some((d: { application_id: string }) => d.application_id === id);
    }),
  'rpc · expired_applications': ({ client }) =>
    using(expiredApplication, dropApplication, async ({ id }) => {
      const { data, error } = await client.rpc('expired_applications', { max_rows: 500 });
      return !error && Array.isArray(data) && data.some((d: { application_id: string }) => d.application_id === id);
    }),
  'rpc · erase_application_rows (an Acme application)': ({ client }) =>
    using(freshApplication, dropLogged, async ({ id }) => {
      await client.rpc('erase_application_rows', { applications: [id], reason: 'request' });
      return !(await exists('select 1 from public.applications where id = $1', [id]));
    }),
  'function erase-applications · erase an Acme application on request': ({ client }) =>
    using(freshApplication, dropLogged, async ({ id }) => {
      await client.functions.invoke('erase-applications', { body: { applicationId: id } });
      return !(await exists('select 1 from public.applications where id = $1', [id]));
    }),
};
