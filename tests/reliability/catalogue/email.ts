// Email settings, templates, rejection reasons and the email RPCs given what does not fit: templates over their
// limits, a subject that would inject a header, unknown merge fields, delays out of range, reasons too long, blank or
// twice, another organization's reason or application, ids that do not exist, and an email that can no longer be cancelled.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { ACME, GLOBEX, USERS } from '../../app/db/seed.ts';
import { sql } from '../../support/clients.ts';
import { applicationBody, granted, insertAs, send, type Case, type Given } from '../support/catalogue.ts';
import { MARKUP } from '../support/payloads.ts';
import { accessToken } from '../support/tokens.ts';

type Who = { email: string; password: string };

const asUser = async (who: Who, path: string, method: string, body: unknown, prefer = 'return=minimal') =>
  send(path, { method, token: await accessToken(who), headers: { prefer }, body });

const template = (change: Record<string, unknown>) =>
  asUser(USERS.acmeOwner, `/rest/v1/email_templates?org_id=eq.${ACME}&kind=eq.offer`, 'PATCH', change);
const delay = (minutes: unknown) =>
  asUser(USERS.acmeOwner, `/rest/v1/email_settings?org_id=eq.${ACME}`, 'PATCH', { rejection_delay_minutes: minutes });
const reason = (label: unknown, org = ACME) => asUser(USERS.acmeOwner, '/rest/v1/rejection_reasons', 'POST', { org_id: org, label });
const rpc = (name: string, body: unknown, who: Who = USERS.acmeRecruiter) =>
  asUser(who, `/rest/v1/rpc/${name}`, 'POST', body, 'return=representation');

const reasonOf = async (org: string) =>
  (await sql<{ id: string }>(`select id from public.rejection_reasons where org_id = $1 and not archived limit 1`, [org]))[0].id;

/** An Acme application, as a candidate sends it (its confirmation queued with it). */
const applied = async (): Promise<Given> => {
  const g = await granted();
  const res = await insertAs(applicationBody(g));
  if (res.status !== 201) throw new Error(`the application insert answered ${res.status}: ${res.text}`);
  return g;
};

/** An Acme application whose confirmation has been sent already. */
const appliedAndConfirmed = async (): Promise<Given> => {
  const g = await applied();
  await sql(`update public.email_outbox set status = 'sent', sent_at = now() where application_id = $1`, [g.candidate.id]);
  return g;
};
const confirmationOf = async (g: Given) =>
  (await sql<{ id: string }>(`select id from public.email_outbox where application_id = $1`, [g.candidate.id]))[0].id;

export const emailCases: Case[] = [
  { name: 'template: a subject of 201 characters', send: () => template({ subject: 's'.repeat(201) }), expect: { status: 400, code: '23514' } },
  {
    name: 'template: a subject with CR LF and a Bcc header',
    send: () => template({ subject: 'Offer\r\nBcc: everyone@evil.example' }),
    expect: { status: 400, code: '23514' },
  },
  { name: 'template: a body of 5 001 characters', send: () => template({ body: 'b'.repeat(5_001) }), expect: { status: 400, code: '23514' } },
  {
    name: 'template: an unknown merge field',
    send: () => template({ body: 'Hi {{candidate_first_name}}, your salary: {{salary}}' }),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'template: a body of zero-width spaces only',
    send: () => template({ body: '\u200b\u200b\u200b' }),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'template: a recruiter may not edit one',
    send: () => asUser(USERS.acmeRecruiter, `/rest/v1/email_templates?org_id=eq.${ACME}&kind=eq.offer`, 'PATCH', { org_id: GLOBEX }),
    expect: { status: 403, code: '42501' },
  },
  { name: 'delay: minus one minute', send: () => delay(-1), expect: { status: 400, code: '23514' } },
  { name: 'delay: more than 30 days', send: () => delay(43_201), expect: { status: 400, code: '23514' } },
  { name: 'delay: a word instead of minutes', send: () => delay('soon'), expect: { status: 400, code: '22P02' } },
  { name: 'reason: 121 characters', send: () => reason('r'.repeat(121)), expect: { status: 400, code: '23514' } },
  { name: 'reason: zero-width spaces only', send: () => reason('\u200b\u200b'), expect: { status: 400, code: '23514' } },
  { name: 'reason: the same label twice', send: () => reason('Not enough experience'), expect: { status: 409, code: '23505' } },
  { name: 'reason: Acme’s owner adds one to Globex', send: () => reason('Matrix', GLOBEX), expect: { status: 403, code: '42501' } },
  {
    name: 'reject: no applications',
    send: async () => rpc('reject_applications', { application_ids: [], reason_id: await reasonOf(ACME), send_email: true }),
    expect: { status: 400, code: '22023' },
  },
  {
    name: 'reject: 501 applications',
    send: async () =>
      rpc('reject_applications', {
        application_ids: Array.from({ length: 501 }, () => randomUUID()),
        reason_id: await reasonOf(ACME),
        send_email: true,
      }),
    expect: { status: 400, code: '22023' },
  },
  {
    name: 'reject: send_email left out (null)',
    given: applied,
    send: async (g) => rpc('reject_applications', { application_ids: [g.candidate.id], reason_id: await reasonOf(ACME), send_email: null }),
    expect: { status: 400, code: '22023' },
  },
  {
    name: 'reject: another organization’s reason',
    given: applied,
    send: async (g) => rpc('reject_applications', { application_ids: [g.candidate.id], reason_id: await reasonOf(GLOBEX), send_email: true }),
    expect: { status: 400, code: '22023' },
  },
  {
    name: 'reject: Globex’s recruiter rejects an Acme application with a Globex reason',
    given: applied,
    send: async (g) =>
      rpc('reject_applications', { application_ids: [g.candidate.id], reason_id: await reasonOf(GLOBEX), send_email: true }, USERS.globexRecruiter),
    expect: { status: 404, code: 'PT404' },
  },
  {
    name: 'reject: a reason id that is not a uuid',
    send: () => rpc('reject_applications', { application_ids: [randomUUID()], reason_id: 'other', send_email: true }),
    expect: { status: 400, code: '22P02' },
  },
  {
    name: 'reject: an application that does not exist',
    send: async () => rpc('reject_applications', { application_ids: [randomUUID()], reason_id: await reasonOf(ACME), send_email: true }),
    expect: { status: 404, code: 'PT404' },
  },
  {
    name: 'cancel: an email that does not exist',
    send: () => rpc('cancel_email', { email_id: randomUUID() }),
    expect: { status: 404, code: 'PT404' },
  },
  {
    name: 'cancel: an email already sent',
    given: appliedAndConfirmed,
    send: async (g) => rpc('cancel_email', { email_id: await confirmationOf(g) }),
    expect: { status: 409, code: 'PT409' },
  },
  {
    name: 'cancel: Globex’s recruiter cancels an Acme email',
    given: applied,
    send: async (g) => rpc('cancel_email', { email_id: await confirmationOf(g) }, USERS.globexRecruiter),
    expect: { status: 404, code: 'PT404' },
  },
  {
    name: 'stage email: a template that is not a stage email',
    given: applied,
    send: (g) => rpc('send_stage_email', { application_id: g.candidate.id, template: 'received' }),
    expect: { status: 400, code: '22023' },
  },
  {
    name: 'stage email: a viewer sends one',
    given: applied,
    send: (g) => rpc('send_stage_email', { application_id: g.candidate.id, template: 'offer' }, USERS.acmeViewer),
    expect: { status: 404, code: 'PT404' },
  },
  {
    name: 'application: markup in the name is kept as text for the confirmation',
    given: granted,
    send: (g) => insertAs(applicationBody(g, { full_name: MARKUP.fullName })),
    expect: { status: 201, code: null },
    stores: true,
    check: async (g) => {
      const rows = await sql(`select template, status from public.email_outbox where application_id = $1`, [g.candidate.id]);
      expect(rows.map((r) => r.template)).toEqual(['received']);
    },
  },
];
