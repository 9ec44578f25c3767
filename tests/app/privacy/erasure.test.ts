// Erasure through erase-applications: an owner's request removes the resume (through the Storage API) and the rows
// and keeps an audit entry without personal data; the retention run erases only what passed the period and is not held.
import { describe, expect, it } from 'vitest';
import { USERS } from '../db/seed.ts';
import { applyWithKey } from '../candidate/support.ts';
import { callFunction } from '../functions/support.ts';
import { sql, stack } from '../../support/clients.ts';
import { accessToken } from '../../reliability/support/tokens.ts';

const erase = async (body: unknown, token: string) => callFunction('erase-applications', { body, headers: { authorization: `Bearer ${token}` } });
const objectStored = async (path: string) =>
  (await sql(`select 1 from storage.objects where bucket_id = 'resumes' and name = $1`, [path])).length === 1;
const rowStored = async (id: string) => (await sql('select 1 from public.applications where id = $1', [id])).length === 1;
/** Rejected `days` ago: the stage and the history's moment of rejection. */
const rejectedDaysAgo = async (id: string, days: number) => {
  await sql(`update public.applications set stage = 'rejected' where id = $1`, [id]);
  await sql(`update public.stage_events set at = now() - make_interval(days => $2) where application_id = $1 and to_stage = 'rejected'`, [id, days]);
};

describe('an owner erasing one application on request', () => {
  it('removes the object and the rows and keeps an audit entry without personal data', async () => {
    const applied = await applyWithKey();
    await sql(`insert into public.notes (application_id, author, body) values ($1, $2, 'Call back')`, [applied.id, USERS.acmeOwner.userId]);
    expect(await objectStored(applied.path)).toBe(true);

    const answer = await erase({ applicationId: applied.id }, await accessToken(USERS.acmeOwner));
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ erased: 1 });
    expect(await objectStored(applied.path)).toBe(false);
    expect(await rowStored(applied.id)).toBe(false);
    expect(await sql('select 1 from public.notes where application_id = $1', [applied.id])).toEqual([]);
    const [log] = await sql('select * from public.erasure_log where application_id = $1', [applied.id]);
    expect(log).toMatchObject({ reason: 'request', erased_by: USERS.acmeOwner.userId });
    expect(JSON.stringify(log)).not.toMatch(/status@example\.test|Status Candidate/);
  });

  it('refuses a recruiter (403) and erases nothing', async () => {
    const applied = await applyWithKey();
    const answer = await erase({ applicationId: applied.id }, await accessToken(USERS.acmeRecruiter));
    expect(answer.status).toBe(403);
    expect(answer.json.error?.code).toBe('forbidden');
    expect(await rowStored(applied.id)).toBe(true);
    expect(await objectStored(applied.path)).toBe(true);
  });

  it('answers 400 for an id that is not a uuid and 403 for a retention run asked by an owner', async () => {
    const owner = await accessToken(USERS.acmeOwner);
    expect((await erase({ applicationId: 'ABCD1234' }, owner)).status).toBe(400);
    expect((await erase([], owner)).status).toBe(400);
    expect((await erase({}, owner)).status).toBe(403);
  });
});

describe('the retention run', () => {
  it('erases only what passed the period and is not on hold', async () => {
    const expired = await applyWithKey();
    const recent = await applyWithKey();
    const held = await applyWithKey();
    const inPlay = await applyWithKey();
    await rejectedDaysAgo(expired.id, 181);
    await rejectedDaysAgo(recent.id, 179);
    await rejectedDaysAgo(held.id, 400);
    await sql(`update public.applications set erasure_hold_at = now() where id = $1`, [held.id]);
    await sql(`update public.applications set created_at = now() - interval '400 days' where id = $1`, [inPlay.id]);

    const answer = await erase({}, stack.serviceRoleKey);
    expect(answer.status).toBe(200);
    expect(await rowStored(expired.id)).toBe(false);
    expect(await objectStored(expired.path)).toBe(false);
    for (const kept of [recent, held, inPlay]) {
      expect(await rowStored(kept.id)).toBe(true);
      expect(await objectStored(kept.path)).toBe(true);
    }
    const [log] = await sql('select reason, erased_by from public.erasure_log where application_id = $1', [expired.id]);
    expect(log).toEqual({ reason: 'retention', erased_by: null });
  });
});
