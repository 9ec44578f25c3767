// application_status(application_id, status_key): the candidate's view through the key-checking RPC. The right key
// shows job, organization, dates and a coarse stage, nothing internal; every way of being wrong answers exactly like
// an application that does not exist.
import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JOBS } from '../db/seed.ts';
import { newClientAddress } from '../../support/client-address.ts';
import { sql } from '../../support/clients.ts';
import { applyWithKey, callStatusRpc, failuresFor, hashOf, newStatusKey, statusOf, visitorClient, type Applied } from './support.ts';

const NOT_FOUND = { status: 200, text: '{"status": "not_found"}' };

describe('the right link', () => {
  let applied: Applied;
  beforeAll(async () => {
    applied = await applyWithKey();
  });

  it('stores only the SHA-256 of the key', async () => {
    const [row] = await sql<{ status_key_hash: string }>('select status_key_hash from public.applications where id = $1', [applied.id]);
    expect(row.status_key_hash).toBe(hashOf(applied.key));
    expect(row.status_key_hash).not.toContain(applied.key);
  });

  it('shows the job, the organization, the dates and the stage, and nothing else', async () => {
    await sql(`update public.applications set score = 91, parsed = '{"name":"x"}', parse_status = 'done' where id = $1`, [applied.id]);
    const { data, error } = await visitorClient().rpc('application_status', { application_id: applied.id, status_key: applied.key });
    expect(error).toBeNull();
    const [row] = await sql<{ created_at: Date }>('select created_at from public.applications where id = $1', [applied.id]);
    expect(data).toEqual({
      status: 'found',
      application: {
        id: applied.id,
        jobTitle: 'Backend Developer',
        organizationName: 'Acme',
        appliedAt: expect.any(String),
        updatedAt: expect.any(String),
        withdrawnAt: null,
        stage: 'received',
      },
    });
    expect(new Date((data as { application: { appliedAt: string } }).application.appliedAt).getTime()).toBe(row.created_at.getTime());
    expect(JSON.stringify(data)).not.toMatch(/score|parsed|status@example|"applied"/);
  });

  it.each([
    ['applied', 'received'],
    ['screening', 'in_review'],
    ['interview', 'interviewing'],
    ['offer', 'offer'],
    ['hired', 'closed'],
    ['rejected', 'closed'],
  ])('a recruiter’s %s reads as %s', async (stage, candidateStage) => {
    await sql('update public.applications set stage = $2 where id = $1', [applied.id, stage]);
    expect((await statusOf(applied)).body).toMatchObject({ status: 'found', application: { stage: candidateStage } });
  });

  it('refuses GET, found or not: a read-only call could not record a failed guess', async () => {
    for (const args of [
      { application_id: applied.id, status_key: applied.key },
      { application_id: applied.id, status_key: newStatusKey() },
    ]) {
      const { data, error } = await visitorClient().rpc('application_status', args, { get: true });
      expect(data).toBeNull();
      expect(error?.code).toBe('25006');
    }
  });
});

describe('every wrong link answers exactly like a missing application', () => {
  let mine: Applied;
  let other: Applied;
  let keyless: Applied;
  beforeAll(async () => {
    [mine, other, keyless] = await Promise.all([applyWithKey(), applyWithKey(), applyWithKey(null)]);
  });
  // Many wrong attempts land on these ids; the lockout they would cause is rate-limit.test.ts's subject.
  beforeEach(async () => {
    await sql('delete from public.status_access_failures where application_ref = any($1)', [[mine.id, other.id, keyless.id]]);
  });

  const cases: [string, () => Record<string, unknown>][] = [
    ['an application that does not exist', () => ({ application_id: randomUUID(), status_key: mine.key })],
    ['a wrong key', () => ({ application_id: mine.id, status_key: newStatusKey() })],
    ['another application’s id with a valid key', () => ({ application_id: other.id, status_key: mine.key })],
    ['the stored hash offered as the key', () => ({ application_id: mine.id, status_key: hashOf(mine.key) })],
    ['an empty key', () => ({ application_id: mine.id, status_key: '' })],
    ['a null key', () => ({ application_id: mine.id, status_key: null })],
    ['a key one character off', () => ({ application_id: mine.id, status_key: mine.key.slice(0, 42) + (mine.key.endsWith('A') ? 'B' : 'A') })],
    ['an application that has no key at all', () => ({ application_id: keyless.id, status_key: newStatusKey() })],
    ['an id that is no UUID', () => ({ application_id: 'not-a-uuid', status_key: mine.key })],
    ['a null id', () => ({ application_id: null, status_key: mine.key })],
    ['an id with SQL in it', () => ({ application_id: `${mine.id}' or '1'='1`, status_key: mine.key })],
  ];

  it.each(cases)('%s', async (_name, args) => {
    const answer = await callStatusRpc('application_status', args());
    expect({ status: answer.status, text: answer.text }).toEqual(NOT_FOUND);
  });

  it('withdraw_application answers the same, and changes nothing', async () => {
    for (const [, args] of cases) expect((await callStatusRpc('withdraw_application', args())).text).toBe(NOT_FOUND.text);
    const rows = await sql<{ withdrawn_at: Date | null }>('select withdrawn_at from public.applications where id = any($1)', [
      [mine.id, other.id, keyless.id],
    ]);
    expect(rows.map((r) => r.withdrawn_at)).toEqual([null, null, null]);
  });

  it('counts each wrong attempt against the id asked for, existing or not', async () => {
    const unknown = randomUUID();
    const address = newClientAddress();
    await callStatusRpc('application_status', { application_id: unknown, status_key: newStatusKey() }, address);
    await callStatusRpc('application_status', { application_id: other.id, status_key: newStatusKey() }, address);
    expect(await failuresFor(unknown)).toBe(1);
    expect(await failuresFor(other.id)).toBeGreaterThanOrEqual(1);
    // The right link is not a failure.
    const before = await failuresFor(other.id);
    expect((await statusOf(other)).body.status).toBe('found');
    expect(await failuresFor(other.id)).toBe(before);
  });

  it('the right links still work', async () => {
    expect((await statusOf(mine)).body.status).toBe('found');
    expect((await statusOf(other)).body.status).toBe('found');
  });
});

it('a link to an application of another organization works like any other (the key is the only credential)', async () => {
  const sre = await applyWithKey(undefined, JOBS.sre);
  expect((await statusOf(sre)).body).toMatchObject({
    status: 'found',
    application: { jobTitle: 'Site Reliability Engineer', organizationName: 'Globex' },
  });
});
