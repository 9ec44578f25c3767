// RLS matrix cells for email: the outbox (members read their organisation's candidate emails and their own
// notifications; only definer functions write), settings, templates, rejection reasons, and the email RPCs.
import { randomUUID } from 'node:crypto';
import { ACME, USERS } from '../../../app/db/seed.ts';
import { sql } from '../../../support/clients.ts';
import { dropApplication, exists, freshApplication, one, rowsOf, using, type Try } from './fixtures.ts';

/** An outbox row of Acme's, cancelled so the scheduler never sends it (or `status` as given). */
async function freshEmail(fields: { applicationId?: string; recipient?: string; status?: string; token?: string } = {}): Promise<string> {
  const row = await one(
    `insert into public.email_outbox (org_id, application_id, recipient_user, template, to_address, status, send_after, lease_token, lease_until)
     values ($1, $2, $3, case when $2::uuid is null then 'new_application' else 'rejection' end, 'matrix@example.test', $4, now() + interval '1 day',
             $5, case when $5::uuid is not null then now() + interval '5 minutes' end) returning id`,
    [ACME, fields.applicationId ?? null, fields.recipient ?? null, fields.status ?? 'cancelled', fields.token ?? null],
  );
  return row.id as string;
}
const dropEmail = (id: string) => sql('delete from public.email_outbox where id = $1', [id]);
const statusOf = async (id: string) => (await one('select status from public.email_outbox where id = $1', [id]))?.status as string | undefined;
const acmeReason = async () =>
  (await one(`select id from public.rejection_reasons where org_id = $1 and not archived order by position limit 1`, [ACME])).id as string;

/** An Acme application with a rejection email waiting a day, as reject_applications leaves it. */
async function waitingRejection() {
  const app = await freshApplication();
  return { ...app, emailId: await freshEmail({ applicationId: app.id, status: 'pending' }) };
}

export const EMAIL_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  "email_outbox · select an Acme candidate's email": async ({ client, world }) =>
    using(
      () => freshEmail({ applicationId: world.appId }),
      dropEmail,
      async (id) => rowsOf(await client.from('email_outbox').select('id, status').eq('id', id)) === 1,
    ),
  "email_outbox · select owner A's notification": async ({ client }) =>
    using(
      () => freshEmail({ recipient: USERS.acmeOwner.userId }),
      dropEmail,
      async (id) => rowsOf(await client.from('email_outbox').select('id').eq('id', id)) === 1,
    ),
  'email_outbox · insert an email to anyone': async ({ client, world }) => {
    const id = randomUUID();
    try {
      await client
        .from('email_outbox')
        .insert({ id, org_id: ACME, application_id: world.appId, template: 'offer', to_address: 'x@example.test', status: 'cancelled' });
      return await exists('select 1 from public.email_outbox where id = $1', [id]);
    } finally {
      await dropEmail(id);
    }
  },
  'email_outbox · update status (mark a waiting one sent)': async ({ client, world }) =>
    using(
      () => freshEmail({ applicationId: world.appId, status: 'failed' }),
      dropEmail,
      async (id) => {
        await client.from('email_outbox').update({ status: 'sent' }).eq('id', id);
        return (await statusOf(id)) === 'sent';
      },
    ),
  'email_outbox · delete': async ({ client, world }) =>
    using(
      () => freshEmail({ applicationId: world.appId }),
      dropEmail,
      async (id) => {
        await client.from('email_outbox').delete().eq('id', id);
        return (await statusOf(id)) === undefined;
      },
    ),
  "email_settings · select Acme's": async ({ client }) => rowsOf(await client.from('email_settings').select('org_id').eq('org_id', ACME)) === 1,
  'email_settings · update rejection_delay_minutes': async ({ client }) =>
    using(
      async () => (await one('select rejection_delay_minutes as m from public.email_settings where org_id = $1', [ACME])).m as number,
      (m) => sql('update public.email_settings set rejection_delay_minutes = $2 where org_id = $1', [ACME, m]),
      async (m) => {
        await client
          .from('email_settings')
          .update({ rejection_delay_minutes: m + 7 })
          .eq('org_id', ACME);
        return exists('select 1 from public.email_settings where org_id = $1 and rejection_delay_minutes = $2', [ACME, m + 7]);
      },
    ),
  "email_templates · select Acme's": async ({ client }) => rowsOf(await client.from('email_templates').select('kind').eq('org_id', ACME)) === 4,
  'email_templates · update body of the offer': async ({ client }) =>
    using(
      async () => (await one(`select body from public.email_templates where org_id = $1 and kind = 'offer'`, [ACME])).body as string,
      (body) => sql(`update public.email_templates set body = $2 where org_id = $1 and kind = 'offer'`, [ACME, body]),
      async (body) => {
        const changed = `${body}\n(matrix)`;
        await client.from('email_templates').update({ body: changed }).eq('org_id', ACME).eq('kind', 'offer');
        return exists(`select 1 from public.email_templates where org_id = $1 and kind = 'offer' and body = $2`, [ACME, changed]);
      },
    ),
  'email_templates · delete the offer': async ({ client }) =>
    using(
      async () => one(`select subject, body from public.email_templates where org_id = $1 and kind = 'offer'`, [ACME]),
      (t) =>
        sql(`insert into public.email_templates (org_id, kind, subject, body) values ($1, 'offer', $2, $3) on conflict do nothing`, [
          ACME,
          t.subject,
          t.body,
        ]),
      async () => {
        await client.from('email_templates').delete().eq('org_id', ACME).eq('kind', 'offer');
        return !(await exists(`select 1 from public.email_templates where org_id = $1 and kind = 'offer'`, [ACME]));
      },
    ),
  "rejection_reasons · select Acme's": async ({ client }) => rowsOf(await client.from('rejection_reasons').select('id').eq('org_id', ACME)) > 0,
  'rejection_reasons · insert one for Acme': async ({ client }) => {
    const label = `Matrix reason ${randomUUID().slice(0, 8)}`;
    try {
      await client.from('rejection_reasons').insert({ org_id: ACME, label });
      return await exists('select 1 from public.rejection_reasons where label = $1', [label]);
    } finally {
      await sql('delete from public.rejection_reasons where label = $1', [label]);
    }
  },
  'rejection_reasons · update label': async ({ client }) =>
    using(
      async () =>
        (await one(`insert into public.rejection_reasons (org_id, label) values ($1, $2) returning id`, [ACME, `Matrix ${randomUUID()}`]))
          .id as string,
      (id) => sql('delete from public.rejection_reasons where id = $1', [id]),
      async (id) => {
        await client
          .from('rejection_reasons')
          .update({ label: `Renamed ${id}` })
          .eq('id', id);
        return exists('select 1 from public.rejection_reasons where id = $1 and label like $2', [id, 'Renamed %']);
      },
    ),
  'rejection_reasons · delete': async ({ client }) =>
    using(
      async () =>
        (await one(`insert into public.rejection_reasons (org_id, label) values ($1, $2) returning id`, [ACME, `Matrix ${randomUUID()}`]))
          .id as string,
      (id) => sql('delete from public.rejection_reasons where id = $1', [id]),
      async (id) => {
        await client.from('rejection_reasons').delete().eq('id', id);
        return !(await exists('select 1 from public.rejection_reasons where id = $1', [id]));
      },
    ),
  'rpc · reject_applications (an Acme one, with the email)': async ({ client }) =>
    using(freshApplication, dropApplication, async (app) => {
      await client.rpc('reject_applications', { application_ids: [app.id], reason_id: await acmeReason(), send_email: true });
      return exists(`select 1 from public.applications where id = $1 and stage = 'rejected' and rejection_reason_id is not null`, [app.id]);
    }),
  'rpc · cancel_email (a waiting Acme rejection)': async ({ client }) =>
    using(waitingRejection, dropApplication, async (w) => {
      await client.rpc('cancel_email', { email_id: w.emailId });
      return (await statusOf(w.emailId)) === 'cancelled';
    }),
  'rpc · send_stage_email (interview, an Acme one)': async ({ client }) =>
    using(freshApplication, dropApplication, async (app) => {
      await client.rpc('send_stage_email', { application_id: app.id, template: 'interview' });
      return exists(`select 1 from public.email_outbox where application_id = $1 and template = 'interview'`, [app.id]);
    }),
  'rpc · finish_outbox_email (its lease token)': async ({ client, world }) => {
    const token = randomUUID();
    return using(
      () => freshEmail({ applicationId: world.appId, status: 'sending', token }),
      dropEmail,
      async (id) => {
        await client.rpc('finish_outbox_email', { email_id: id, token, sent_subject: 'Matrix' });
        return (await statusOf(id)) === 'sent';
      },
    );
  },
};
