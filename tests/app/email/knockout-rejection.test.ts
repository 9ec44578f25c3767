// The job's opt-in rule "reject knocked-out applications after N days unless someone keeps them", as the scheduler
// (pg_cron on hosted) runs it: reject_knocked_out_applications() rejects only what the rule covers, through
// reject_applications (the organisation's "Knocked out by a screening question" reason, the delayed rejection email in
// the outbox), never one that someone kept, and a second run changes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceClient, sql } from '../../support/clients.ts';
import { createTestOrg, type TestOrg } from '../ops/support/org.ts';

const QUESTIONS = [
  {
    id: 'sponsorship',
    type: 'yes_no',
    label: 'Will you need visa sponsorship?',
    help: '',
    required: true,
    choices: [],
    min: null,
    max: null,
    knockout: [true],
  },
];
const DAYS = 3;

let org: TestOrg;
const apps: Record<string, string> = {};

/** An application as the apply page leaves it (the screening trigger flags it from its answer), made `daysOld` days ago. */
async function application(name: string, slug: string, { knocked = true, daysOld = DAYS + 2, stage = 'applied' } = {}) {
  const id = randomUUID();
  const [job] = await sql<{ id: string }>(`select id from public.jobs where slug = $1`, [slug]);
  await sql(
    `insert into public.applications (id, job_id, full_name, email, resume_path, resume_size, answers)
     values ($1, $2, $3, $4, $5, 1234, $6)`,
    [id, job.id, name, `${name.toLowerCase()}.${id.slice(0, 6)}@example.test`, `${slug}/${id}.pdf`, JSON.stringify({ sponsorship: knocked })],
  );
  await sql(`update public.applications set created_at = now() - make_interval(days => $2), stage = $3 where id = $1`, [id, daysOld, stage]);
  apps[name] = id;
  return id;
}

const stateOf = async (id: string) =>
  (
    await sql<{ stage: string; reason: string | null; emails: number }>(
      `select a.stage, r.label as reason,
              (select count(*)::int from public.email_outbox o where o.application_id = a.id and o.template = 'rejection') as emails
         from public.applications a left join public.rejection_reasons r on r.id = a.rejection_reason_id where a.id = $1`,
      [id],
    )
  )[0];

beforeAll(async () => {
  org = await createTestOrg('knockout-rule');
  await sql(`update public.jobs set questions = $2, knockout_reject_after_days = $3 where slug = $1`, [
    org.jobs.open,
    JSON.stringify(QUESTIONS),
    DAYS,
  ]);
  // The other job asks the same question but never opted in.
  await sql(`update public.jobs set questions = $2 where slug = $1`, [org.jobs.other, JSON.stringify(QUESTIONS)]);
  await application('Due', org.jobs.open);
  await application('Screening', org.jobs.open, { stage: 'screening' });
  const kept = await application('Kept', org.jobs.open);
  await sql(`update public.applications set knockout_kept_at = now() - interval '1 day' where id = $1`, [kept]);
  await application('Recent', org.jobs.open, { daysOld: DAYS - 1 });
  await application('Passed', org.jobs.open, { knocked: false });
  await application('Interviewing', org.jobs.open, { stage: 'interview' });
  const withdrawn = await application('Withdrawn', org.jobs.open);
  await sql(`update public.applications set withdrawn_at = now() where id = $1`, [withdrawn]);
  await application('OtherJob', org.jobs.other);
});
afterAll(() => org?.remove());

describe('reject_knocked_out_applications()', () => {
  it('flags the knocked-out ones from their answers, as the apply flow does', async () => {
    const flagged = await sql<{ id: string }>(`select id from public.applications where id = any($1) and knockout is not null`, [
      Object.values(apps),
    ]);
    expect(flagged).toHaveLength(Object.keys(apps).length - 1);
  });

  it('rejects the knocked-out, not-kept applications older than the job’s days, with the reason and a delayed email', async () => {
    const { data, error } = await serviceClient().rpc('reject_knocked_out_applications');
    expect(error).toBeNull();
    // The stack's scheduler may have run the rule first, and other organisations' rows count too: the rows decide.
    expect(typeof data).toBe('number');
    for (const name of ['Due', 'Screening'])
      expect({ name, ...(await stateOf(apps[name])) }).toEqual({ name, stage: 'rejected', reason: 'Knocked out by a screening question', emails: 1 });

    const [mail] = await sql<{ status: string; waiting: boolean; to_address: string }>(
      `select status, send_after > now() + interval '10 minutes' as waiting, to_address from public.email_outbox
        where application_id = $1 and template = 'rejection'`,
      [apps.Due],
    );
    // The organisation's rejection delay (a day by default), cancellable like any rejection email.
    expect(mail).toEqual({ status: 'pending', waiting: true, to_address: expect.stringMatching(/^due\./) });
    const [event] = await sql<{ from_stage: string; to_stage: string }>(
      `select from_stage, to_stage from public.stage_events where application_id = $1 order by at desc, id desc limit 1`,
      [apps.Due],
    );
    expect(event).toEqual({ from_stage: 'applied', to_stage: 'rejected' });
  });

  it('never rejects one that was kept, a recent one, one that passed, one past screening, a withdrawn one, or another job’s', async () => {
    for (const [name, stage] of [
      ['Kept', 'applied'],
      ['Recent', 'applied'],
      ['Passed', 'applied'],
      ['Interviewing', 'interview'],
      ['Withdrawn', 'applied'],
      ['OtherJob', 'applied'],
    ])
      expect({ name, ...(await stateOf(apps[name])) }).toEqual({ name, stage, reason: null, emails: 0 });
  });

  it('a second run rejects nothing more and queues no second email', async () => {
    const { error } = await serviceClient().rpc('reject_knocked_out_applications');
    expect(error).toBeNull();
    expect(await stateOf(apps.Due)).toEqual({ stage: 'rejected', reason: 'Knocked out by a screening question', emails: 1 });
    expect((await stateOf(apps.Kept)).stage).toBe('applied');
  });

  it('brings the reason back if an owner archived it, rather than silently stopping', async () => {
    await sql(`update public.rejection_reasons set archived = true where org_id = $1 and label = 'Knocked out by a screening question'`, [org.id]);
    const late = await application('Late', org.jobs.open);
    const { error } = await serviceClient().rpc('reject_knocked_out_applications');
    expect(error).toBeNull();
    expect(await stateOf(late)).toEqual({ stage: 'rejected', reason: 'Knocked out by a screening question', emails: 1 });
  });
});
