// Duplicates and the reference, through the API: the same person (email trimmed and case-folded, phone as E.164,
// LinkedIn URL) is linked across an organisation's jobs under RLS, listed once per job with the count, and the
// apply flow answers exactly the same whether the email applied before.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { JOBS, USERS } from '../db/seed.ts';
import { uploadResume } from '../candidate/support.ts';
import { signedInClient, sql, stack } from '../../support/clients.ts';

type Person = { email: string; phone?: string; linkedin?: string; name?: string };

/** The apply page's insert over HTTP, so the whole answer (status, headers, body) can be compared. */
async function apply(person: Person, job: { id: string; slug: string } = JOBS.backend) {
  const { path, size } = await uploadResume(undefined, job);
  const id = randomUUID();
  const res = await fetch(`${stack.apiUrl}/rest/v1/applications`, {
    method: 'POST',
    headers: { apikey: stack.anonKey, authorization: `Bearer ${stack.anonKey}`, 'content-type': 'application/json', prefer: 'return=minimal' },
    body: JSON.stringify({
      id,
      job_id: job.id,
      full_name: person.name ?? 'Dana Duplicate',
      email: person.email,
      phone: person.phone ?? null,
      links: person.linkedin ? { linkedin: person.linkedin } : {},
      resume_path: path,
      resume_size: size,
    }),
  });
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!['date', 'content-length', 'x-request-id', 'sb-request-id'].includes(name)) headers[name] = value;
  });
  return { id, status: res.status, body: await res.text(), headers };
}

const unique = () => randomUUID().slice(0, 8);

describe('the same person applying twice to one job', () => {
  let first: Awaited<ReturnType<typeof apply>>;
  let second: Awaited<ReturnType<typeof apply>>;
  let stranger: Awaited<ReturnType<typeof apply>>;
  const email = `dana.${unique()}@example.test`;

  beforeAll(async () => {
    first = await apply({ email });
    stranger = await apply({ email: `someone.${unique()}@example.test` });
    second = await apply({ email: email.toUpperCase() });
  });

  it('gets the same answer as a first-time applicant (no oracle)', () => {
    expect(second.status).toBe(201);
    expect({ status: second.status, body: second.body, headers: second.headers }).toEqual({
      status: stranger.status,
      body: stranger.body,
      headers: stranger.headers,
    });
  });

  it('is listed once, the latest submission, with the count', async () => {
    const recruiter = await signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password);
    const { data, error } = await recruiter
      .from('applications')
      .select('id, submission_count')
      .in('id', [first.id, second.id])
      .eq('superseded', false);
    expect(error).toBeNull();
    expect(data).toEqual([{ id: second.id, submission_count: 2 }]);
  });

  it('links each submission to the other', async () => {
    const recruiter = await signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password);
    const { data, error } = await recruiter.rpc('application_duplicates', { application: second.id });
    expect(error).toBeNull();
    expect(data).toEqual([expect.objectContaining({ id: first.id, job_id: JOBS.backend.id, stage: 'applied', matched_on: ['email'] })]);
  });

  it('lists the earlier one again once the latest is withdrawn', async () => {
    await sql('update public.applications set withdrawn_at = now() where id = $1', [second.id]);
    const [row] = await sql('select superseded, submission_count from public.applications where id = $1', [first.id]);
    expect(row).toEqual({ superseded: false, submission_count: 1 });
  });
});

describe('linking across jobs', () => {
  it('links by phone in E.164 and by LinkedIn URL, within the organisation only', async () => {
    const tag = unique();
    const a = await apply({ email: `a.${tag}@example.test`, phone: '+44 20 7946 0018', linkedin: `https://www.linkedin.com/in/dana-${tag}/` });
    const b = await apply({ email: `b.${tag}@example.test`, phone: '0044 (20) 7946-0018' }, JOBS.frontend);
    const c = await apply({ email: `c.${tag}@example.test`, linkedin: `http://uk.linkedin.com/in/Dana-${tag}?trk=x` }, JOBS.frontend);
    const recruiter = await signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password);
    const { data } = await recruiter.rpc('application_duplicates', { application: a.id });
    expect((data as { id: string; matched_on: string[] }[]).map((d) => [d.id, d.matched_on]).sort()).toEqual(
      [
        [b.id, ['phone']],
        [c.id, ['linkedin']],
      ].sort(),
    );
    // Another organisation's member sees no link (RLS decides, not the function).
    const globex = await signedInClient(USERS.globexRecruiter.email, USERS.globexRecruiter.password);
    const other = await globex.rpc('application_duplicates', { application: a.id });
    expect(other.error).toBeNull();
    expect(other.data).toEqual([]);
  });
});

describe('phones typed the national way', () => {
  it('links "030 1234567" on a job in Germany to the same number written +49 30 1234567', async () => {
    const tag = unique();
    const national = `030 ${tag.replace(/\D/g, '7').slice(0, 7)}`;
    const international = `+49 (0)30 ${national.slice(4)}`;
    // Both seed jobs are in Germany (country_code DE).
    const a = await apply({ email: `nat.${tag}@example.test`, phone: national });
    const b = await apply({ email: `int.${tag}@example.test`, phone: international }, JOBS.frontend);
    const keys = await sql<{ phone_key: string }>('select phone_key from public.applications where id = any($1) order by phone_key', [[a.id, b.id]]);
    expect(keys.map((k) => k.phone_key)).toEqual([`+4930${national.slice(4)}`, `+4930${national.slice(4)}`]);
    const recruiter = await signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password);
    const { data } = await recruiter.rpc('application_duplicates', { application: a.id });
    expect((data as { id: string; matched_on: string[] }[]).map((d) => [d.id, d.matched_on])).toEqual([[b.id, ['phone']]]);
  });

  it('reads a national number by the job’s country, and keeps bare digits where the job names none', async () => {
    const [row] = await sql<Record<string, string | null>>(
      `select public.phone_match_key('(555) 013-7788', 'US') as us, public.phone_match_key('1 555 013 7788', 'CA') as ca,
              public.phone_match_key('020 7946 0018', 'GB') as gb, public.phone_match_key('06 1234 5678', 'IT') as it,
              public.phone_match_key('06 30 123 4567', 'HU') as hu, public.phone_match_key('030 1234567', null) as none,
              public.phone_match_key('030 1234567', 'ZZ') as unknown, public.phone_match_key('+49 30 1234567', 'US') as e164,
              public.phone_match_key('12 34', 'DE') as short`,
    );
    expect(row).toEqual({
      us: '+15550137788',
      ca: '+15550137788',
      gb: '+442079460018',
      it: '+390612345678',
      hu: '+36301234567',
      none: '0301234567',
      unknown: '0301234567',
      e164: '+49301234567',
      short: null,
    });
  });
});

describe('the reference', () => {
  it('is the first 8 hex digits of the id, upper-case, and the list search finds it', async () => {
    const applied = await apply({ email: `ref.${unique()}@example.test` });
    const reference = applied.id.slice(0, 8).toUpperCase();
    const recruiter = await signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password);
    const { data } = await recruiter.from('applications').select('id, reference').eq('job_id', JOBS.backend.id).or(`reference.like.${reference}*`);
    expect(data).toEqual([{ id: applied.id, reference }]);
  });
});
