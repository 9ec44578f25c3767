// The outbox in Postgres: emails are written in the same transaction as their event, the one rejection path, cancelling,
// templates only owners edit, and the claim/lease/finish protocol send-emails drains with. Every transaction rolls back.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rolledBack, type Scope } from '../db/as-role.ts';
import { grantUpload, seedApplication, submitSql } from '../db/fixtures.ts';
import { ACME, GLOBEX, JOBS, USERS } from '../db/seed.ts';

const owner = USERS.acmeOwner;
const recruiter = USERS.acmeRecruiter;
const viewer = USERS.acmeViewer;
const globex = USERS.globexRecruiter;

type Outbox = { template: string; to_address: string; status: string; send_after: Date; last_error: string | null; created_by: string | null };

const outboxOf = (admin: Scope, application: string) =>
  admin.query<Outbox>(
    `select template, to_address, status, send_after, last_error, created_by from public.email_outbox where application_id = $1 order by created_at`,
    [application],
  );

async function candidateApplies(admin: Scope, anon: Scope, email = 'ada@example.test'): Promise<string> {
  const path = await grantUpload(admin, JOBS.backend);
  const id = randomUUID();
  await anon.query(...submitSql({ id, jobId: JOBS.backend.id, path, email }));
  return id;
}

const reasonOf = async (admin: Scope, org = ACME, label = 'Not enough experience') =>
  (await admin.query<{ id: string }>(`select id from public.rejection_reasons where org_id = $1 and label = $2`, [org, label]))[0].id;

describe('the confirmation email', () => {
  it("is queued by the candidate's own insert, in its transaction, to the address they typed", () =>
    rolledBack(async (tx) => {
      const id = await candidateApplies(tx, tx.as('anon'));
      expect(await outboxOf(tx, id)).toEqual([
        expect.objectContaining({ template: 'received', to_address: 'ada@example.test', status: 'pending', created_by: null }),
      ]);
    }));

  it('is not queued when the insert is refused, nor for imports and admin writes', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend, { uploaded: false });
      const refusedId = randomUUID();
      await tx.as('anon').refused(...submitSql({ id: refusedId, jobId: JOBS.backend.id, path }));
      const adminId = await seedApplication(tx.as('service_role'));
      expect(await tx.query(`select 1 from public.email_outbox where application_id = any ($1)`, [[refusedId, adminId]])).toEqual([]);
    }));

  it('is stored as failed, with the reason, for an address SMTP cannot take as one mailbox', () =>
    rolledBack(async (tx) => {
      const id = await candidateApplies(tx, tx.as('anon'), 'a,b@example.test');
      expect(await outboxOf(tx, id)).toEqual([expect.objectContaining({ status: 'failed', last_error: 'This address cannot receive email.' })]);
    }));
});

describe('reject_applications, the one rejection path', () => {
  it('rejects with a reason and queues the email after the organization delay (24 h by default)', () =>
    rolledBack(async (tx) => {
      const id = await candidateApplies(tx, tx.as('anon'));
      const reason = await reasonOf(tx);
      const [{ result }] = await tx
        .as(recruiter)
        .query<{ result: Record<string, unknown> }>(`select public.reject_applications(array[$1]::uuid[], $2, true) as result`, [id, reason]);
      expect(result).toMatchObject({ rejected: 1, alreadyRejected: 0, emailsQueued: 1 });
      const [app] = await tx.query<{ stage: string; rejection_reason_id: string }>(
        `select stage, rejection_reason_id from public.applications where id = $1`,
        [id],
      );
      expect(app).toEqual({ stage: 'rejected', rejection_reason_id: reason });
      const mails = await outboxOf(tx, id);
      const rejection = mails.find((m) => m.template === 'rejection')!;
      expect(rejection).toMatchObject({ status: 'pending', created_by: recruiter.userId });
      expect(Math.abs(rejection.send_after.getTime() - Date.now() - 24 * 3600_000)).toBeLessThan(60_000);
      const [event] = await tx.query(`select actor from public.stage_events where application_id = $1 and to_stage = 'rejected'`, [id]);
      expect(event).toEqual({ actor: recruiter.userId });
    }));

  it('without the email queues none; twice is harmless; the delay is the one the owner set', () =>
    rolledBack(async (tx) => {
      const first = await seedApplication(tx);
      const second = await seedApplication(tx);
      const reason = await reasonOf(tx);
      await tx.as(owner).query(`update public.email_settings set rejection_delay_minutes = 5 where org_id = $1`, [ACME]);
      const [{ r }] = await tx.as(recruiter).query(`select public.reject_applications(array[$1]::uuid[], $2, false) as r`, [first, reason]);
      expect(r).toMatchObject({ rejected: 1, emailsQueued: 0 });
      const [{ again }] = await tx
        .as(recruiter)
        .query(`select public.reject_applications(array[$1, $2]::uuid[], $3, true) as again`, [first, second, reason]);
      expect(again).toMatchObject({ rejected: 1, alreadyRejected: 1, emailsQueued: 1 });
      expect(await outboxOf(tx, first)).toEqual([]);
      const [mail] = await outboxOf(tx, second);
      expect(Math.abs(mail.send_after.getTime() - Date.now() - 5 * 60_000)).toBeLessThan(60_000);
    }));

  it("refuses viewers, another organization's recruiter (like an unknown id), and reasons not on the list", () =>
    rolledBack(async (tx) => {
      const id = await seedApplication(tx);
      const reason = await reasonOf(tx);
      const call = `select public.reject_applications(array[$1]::uuid[], $2, true)`;
      expect((await tx.as(viewer).refused(call, [id, reason])).code).toBe('22023');
      expect((await tx.as(globex).refused(call, [id, await reasonOf(tx, GLOBEX)])).message).toBe('Some of these applications were not found.');
      expect((await tx.as(recruiter).refused(call, [randomUUID(), reason])).message).toBe('Some of these applications were not found.');
      expect((await tx.as(globex).refused(call, [id, reason])).code).toBe('22023');
      expect((await tx.as(recruiter).refused(call, [id, randomUUID()])).code).toBe('22023');
      await tx.query(`update public.rejection_reasons set archived = true where id = $1`, [reason]);
      expect((await tx.as(recruiter).refused(call, [id, reason])).message).toMatch(/no longer offered/);
      expect((await tx.as('anon').refused(call, [id, reason])).code).toBe('42501');
      expect((await tx.as(recruiter).refused(`select public.reject_applications('{}'::uuid[], $1, true)`, [reason])).code).toBe('22023');
      const [app] = await tx.query(`select stage from public.applications where id = $1`, [id]);
      expect(app).toEqual({ stage: 'applied' });
    }));

  it('moving a rejected application on forgets the reason and cancels the email still waiting', () =>
    rolledBack(async (tx) => {
      const id = await seedApplication(tx);
      await tx.as(recruiter).query(`select public.reject_applications(array[$1]::uuid[], $2, true)`, [id, await reasonOf(tx)]);
      await tx.as(recruiter).query(`update public.applications set stage = 'screening' where id = $1`, [id]);
      const [app] = await tx.query(`select stage, rejection_reason_id from public.applications where id = $1`, [id]);
      expect(app).toEqual({ stage: 'screening', rejection_reason_id: null });
      expect(await outboxOf(tx, id)).toEqual([expect.objectContaining({ template: 'rejection', status: 'cancelled' })]);
    }));
});

describe('cancel_email', () => {
  it('cancels a waiting email for recruiters of its organization only; a sent one stays sent', () =>
    rolledBack(async (tx) => {
      const id = await seedApplication(tx);
      await tx.as(recruiter).query(`select public.reject_applications(array[$1]::uuid[], $2, true)`, [id, await reasonOf(tx)]);
      const [{ id: mail }] = await tx.query<{ id: string }>(`select id from public.email_outbox where application_id = $1`, [id]);
      expect((await tx.as(viewer).refused(`select public.cancel_email($1)`, [mail])).message).toBe('This email was not found.');
      expect((await tx.as(globex).refused(`select public.cancel_email($1)`, [mail])).message).toBe('This email was not found.');
      const [{ r }] = await tx.as(recruiter).query(`select public.cancel_email($1) as r`, [mail]);
      expect(r).toEqual({ status: 'cancelled' });
      const [row] = await tx.query(`select status, cancelled_by from public.email_outbox where id = $1`, [mail]);
      expect(row).toEqual({ status: 'cancelled', cancelled_by: recruiter.userId });
      await tx.query(`update public.email_outbox set status = 'sent', sent_at = now() where id = $1`, [mail]);
      expect((await tx.as(recruiter).refused(`select public.cancel_email($1)`, [mail])).code).toBe('PT409');
    }));
});

describe('who reads and writes the outbox', () => {
  it("members read their organization's candidate emails; another organization, anon and direct writes get nothing", () =>
    rolledBack(async (tx) => {
      const id = await candidateApplies(tx, tx.as('anon'));
      expect(await tx.as(viewer).query(`select template, to_address from public.email_outbox where application_id = $1`, [id])).toEqual([
        { template: 'received', to_address: 'ada@example.test' },
      ]);
      expect(await tx.as(globex).query(`select 1 from public.email_outbox where application_id = $1`, [id])).toEqual([]);
      expect((await tx.as('anon').refused(`select 1 from public.email_outbox`)).code).toBe('42501');
      expect((await tx.as(viewer).refused(`select payload from public.email_outbox`)).code).toBe('42501');
      expect(
        (
          await tx
            .as(owner)
            .refused(`insert into public.email_outbox (org_id, application_id, template, to_address) values ($1, $2, 'offer', 'x@example.test')`, [
              ACME,
              id,
            ])
        ).code,
      ).toBe('42501');
      expect((await tx.as(owner).refused(`update public.email_outbox set status = 'sent' where application_id = $1`, [id])).code).toBe('42501');
      expect((await tx.as(recruiter).refused(`select * from public.claim_outbox_emails()`)).code).toBe('42501');
    }));
});

describe('templates', () => {
  const edit = `update public.email_templates set subject = $1, body = $2 where org_id = $3 and kind = 'rejection' returning kind`;

  it('owners edit their own organization; recruiters and other organizations change nothing', () =>
    rolledBack(async (tx) => {
      expect(await tx.as(owner).query(edit, ['About {{job_title}}', 'Hi {{candidate_first_name}}', ACME])).toEqual([{ kind: 'rejection' }]);
      expect(await tx.as(recruiter).query(edit, ['x', 'y', ACME])).toEqual([]);
      expect(await tx.as(owner).query(edit, ['x', 'y', GLOBEX])).toEqual([]);
      const [row] = await tx.query(`select subject, updated_by from public.email_templates where org_id = $1 and kind = 'rejection'`, [ACME]);
      expect(row).toEqual({ subject: 'About {{job_title}}', updated_by: owner.userId });
    }));

  it('refuses unknown merge fields, a subject with a line break, blank and oversized text (23514)', () =>
    rolledBack(async (tx) => {
      for (const [subject, body] of [
        ['Hi {{salary}}', 'ok'],
        ['ok', 'Dear {{ candidate_last_name }}'],
        ['ok\r\nBcc: x@example.test', 'ok'],
        ['\u200b ', 'ok'],
        ['x'.repeat(201), 'ok'],
        ['ok', 'x'.repeat(5001)],
      ]) {
        expect((await tx.as(owner).refused(edit, [subject, body, ACME])).code).toBe('23514');
      }
    }));
});

describe('claim and finish (send-emails)', () => {
  const claim = `select id, lease_token, attempts from public.claim_outbox_emails(50, 60, 3) where application_id = $1`;

  it('claims an email once until its lease runs out, and only the lease holder finishes it', () =>
    rolledBack(async (tx) => {
      const id = await candidateApplies(tx, tx.as('anon'));
      const service = tx.as('service_role');
      const [first] = await service.query<{ id: string; lease_token: string; attempts: number }>(claim, [id]);
      expect(first.attempts).toBe(1);
      expect(await service.query(claim, [id])).toEqual([]);
      await tx.query(`update public.email_outbox set lease_until = now() - interval '1 second' where id = $1`, [first.id]);
      const [second] = await service.query<{ id: string; lease_token: string; attempts: number }>(claim, [id]);
      expect(second).toMatchObject({ id: first.id, attempts: 2 });
      const finish = `select public.finish_outbox_email($1, $2, 'Subject', null) as outcome`;
      expect(await service.query(finish, [first.id, first.lease_token])).toEqual([{ outcome: 'lost_lease' }]);
      expect(await service.query(finish, [second.id, second.lease_token])).toEqual([{ outcome: 'sent' }]);
      expect(await service.query(claim, [id])).toEqual([]);
    }));

  it('a failure waits base · 2^(attempt-1) seconds, and after the last attempt stays failed with its error', () =>
    rolledBack(async (tx) => {
      const id = await candidateApplies(tx, tx.as('anon'));
      const service = tx.as('service_role');
      for (const [attempt, outcome] of [
        [1, 'pending'],
        [2, 'pending'],
        [3, 'failed'],
      ] as const) {
        const [c] = await service.query<{ id: string; lease_token: string; attempts: number }>(claim, [id]);
        expect(c.attempts).toBe(attempt);
        const [{ outcome: got }] = await service.query(`select public.finish_outbox_email($1, $2, null, 'SMTP down', 30, 3) as outcome`, [
          c.id,
          c.lease_token,
        ]);
        expect(got).toBe(outcome);
        const [row] = await tx.query<{ wait: number }>(
          `select extract(epoch from send_after - now())::int as wait from public.email_outbox where id = $1`,
          [c.id],
        );
        if (outcome === 'pending') expect(row.wait).toBe(30 * 2 ** (attempt - 1));
        await tx.query(`update public.email_outbox set send_after = now() where id = $1`, [c.id]);
      }
      expect(await outboxOf(tx, id)).toEqual([expect.objectContaining({ status: 'failed', last_error: 'SMTP down' })]);
      expect(await service.query(claim, [id])).toEqual([]);
    }));
});
