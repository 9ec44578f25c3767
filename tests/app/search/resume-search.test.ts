// Resume search through the API as members call it: scoring keeps each page's text, search_applications ranks
// applicants by resume text, names, answers and notes with websearch syntax, skill aliases and a prefix on the
// last word — and another organization's applicants give no row and no count.
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, signedInClient, sql } from '../../support/clients.ts';
import { removedAfterAll } from '../../support/uploads.ts';
import { ACME, GLOBEX, USERS } from '../db/seed.ts';
import { scored, submitWithResume } from './support.ts';

type Hit = { application_id: string; full_name: string; field: string; page: number | null; snippet: string; rank: number; total: number };

const ACME_JOB = { id: 'ac000000-0000-4000-9000-00000000c0de', slug: 'search-mobile-engineer' };
const ACME_OTHER_JOB = { id: 'ac000000-0000-4000-9000-00000000c0df', slug: 'search-platform-engineer' };
const GLOBEX_JOB = { id: '9b000000-0000-4000-9000-00000000c0de', slug: 'search-globex-mobile' };
const SKILLS = JSON.stringify([
  { name: 'Kubernetes', weight: 3, required: false, aliases: ['k8s'] },
  { name: 'React Native', weight: 5, required: false, aliases: ['RN'] },
]);

const paths = removedAfterAll();
const ids: Record<string, string> = {};
let recruiter: SupabaseClient;
let viewer: SupabaseClient;
let globex: SupabaseClient;

const search = async (db: SupabaseClient, query: string, org = ACME, job?: string) => {
  const { data, error, status } = await db.rpc('search_applications', { query, org, ...(job ? { job } : {}) });
  return { hits: (data ?? []) as Hit[], error, status };
};
const names = (hits: Hit[]) => hits.map((h) => h.full_name);
const marked = (snippet: string) => [...snippet.matchAll(/\uE000([^\uE001]*)\uE001/g)].map((m) => m[1].toLowerCase());

beforeAll(async () => {
  await sql(
    `insert into public.jobs (id, org_id, slug, title, status, skills) values
       ($1, $2, $3, 'Mobile engineer (search test)', 'open', $7::jsonb),
       ($4, $2, $5, 'Platform engineer (search test)', 'open', '[]'),
       ($6, $8, $9, 'Globex mobile (search test)', 'open', $7::jsonb)`,
    [ACME_JOB.id, ACME, ACME_JOB.slug, ACME_OTHER_JOB.id, ACME_OTHER_JOB.slug, GLOBEX_JOB.id, SKILLS, GLOBEX, GLOBEX_JOB.slug],
  );
  const apply = async (key: string, job: { id: string; slug: string }, name: string, pages: string[][]) => {
    ids[key] = await submitWithResume(job.id, job.slug, name, pages, paths);
  };
  await apply('rita', ACME_JOB, 'Rita Moreno', [
    ['Built mobile apps in React Native and TypeScript for a bank.', 'Shipped offline sync to two million users.'],
    ['Ran Kubernetes clusters for the mobile backend.'],
  ]);
  await apply('jack', ACME_JOB, 'Jack Turing', [['Wrote React Native apps for retail.'], ['Backend services in Java and Spring.']]);
  await apply('rhea', ACME_JOB, 'Rhea Castro', [['React web apps; a native speaker of French and Spanish.']]);
  await apply('kim', ACME_OTHER_JOB, 'Kim Okafor', [['Operated k8s fleets and Terraform modules for payments.']]);
  await apply('globex', GLOBEX_JOB, 'Gloria Reyes', [['React Native apps with Kubernetes behind them.']]);
  await scored(Object.values(ids));
  await sql(`insert into public.notes (application_id, author, body) values ($1, $2, 'Strong on accessibility audits, asked about Flutter.')`, [
    ids.rhea,
    USERS.acmeRecruiter.userId,
  ]);
  [recruiter, viewer, globex] = await Promise.all([
    signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password),
    signedInClient(USERS.acmeViewer.email, USERS.acmeViewer.password),
    signedInClient(USERS.globexRecruiter.email, USERS.globexRecruiter.password),
  ]);
}, 120_000);

afterAll(async () => {
  await sql('delete from public.applications where job_id = any($1)', [[ACME_JOB.id, ACME_OTHER_JOB.id, GLOBEX_JOB.id]]);
  await sql('delete from public.jobs where id = any($1)', [[ACME_JOB.id, ACME_OTHER_JOB.id, GLOBEX_JOB.id]]);
});

describe('scoring keeps the resume text', () => {
  it('stores one row per page, readable by members of the org only', async () => {
    const rows = await sql<{ page: number; text: string }>('select page, text from public.resume_pages where application_id = $1 order by page', [
      ids.rita,
    ]);
    expect(rows.map((r) => r.page)).toEqual([1, 2]);
    expect(rows[1].text).toContain('Kubernetes clusters');
    const mine = await viewer.from('resume_pages').select('page').eq('application_id', ids.rita);
    expect(mine.data).toHaveLength(2);
    const theirs = await globex.from('resume_pages').select('page').eq('application_id', ids.rita);
    expect(theirs.data ?? []).toEqual([]);
    const candidate = await anonClient().from('resume_pages').select('page').eq('application_id', ids.rita);
    expect(candidate.data ?? []).toEqual([]);
  });

  it('replaces the text on a rescore instead of adding to it', async () => {
    await sql(`update public.applications set parse_status = 'pending' where id = $1`, [ids.jack]);
    await scored([ids.jack]);
    const [row] = await sql<{ n: number }>('select count(*)::int as n from public.resume_pages where application_id = $1', [ids.jack]);
    expect(row.n).toBe(2);
  });
});

describe('search_applications', () => {
  it('"react native" -java finds the phrase, drops the Java resume and the words apart, with a snippet and its page', async () => {
    const { hits, error } = await search(recruiter, '"react native" -java');
    expect(error).toBeNull();
    expect(names(hits)).toEqual(['Rita Moreno']);
    expect(hits[0]).toMatchObject({ field: 'resume', page: 1, total: 1 });
    expect(marked(hits[0].snippet)).toEqual(['react', 'native']);
    expect(hits[0].snippet).not.toMatch(/[<>]/);
  });

  it('ranks the resume that says it more often first, and OR widens the search', async () => {
    const { hits } = await search(recruiter, 'mobile OR retail');
    expect(names(hits)).toEqual(expect.arrayContaining(['Rita Moreno', 'Jack Turing']));
    expect(hits[0].full_name).toBe('Rita Moreno');
    expect(hits[0].rank).toBeGreaterThan(hits[1].rank);
  });

  it('matches a resume whose terms are on different pages, with the snippet from the page holding most of them', async () => {
    // Rita: "bank" on page 1, "Kubernetes clusters" on page 2 — no single page has all three.
    const { hits, error } = await search(recruiter, 'kubernetes clusters bank', ACME, ACME_JOB.id);
    expect(error).toBeNull();
    expect(names(hits)).toEqual(['Rita Moreno']);
    expect(hits[0]).toMatchObject({ field: 'resume', page: 2, total: 1 });
    expect(marked(hits[0].snippet)).toEqual(['kubernetes', 'clusters']);
    // Jack: React Native on page 1, Java on page 2 — every positive term must still be somewhere in the resume.
    expect(names((await search(recruiter, 'retail spring', ACME, ACME_JOB.id)).hits)).toEqual(['Jack Turing']);
    expect(names((await search(recruiter, 'retail kubernetes', ACME, ACME_JOB.id)).hits)).toEqual([]);
  });

  it('keeps one search document per resume, replaced on a rescore', async () => {
    const [row] = await sql<{ n: number; spring: boolean }>(
      `select count(*)::int as n, bool_and(tsv @@ 'spring & retail'::tsquery) as spring from public.resume_documents where application_id = $1`,
      [ids.jack],
    );
    expect(row).toEqual({ n: 1, spring: true });
    const theirs = await recruiter.from('resume_documents').select('application_id').eq('application_id', ids.jack);
    expect(theirs.data ?? []).toEqual([]);
  });

  it('gives the page a hit came from', async () => {
    const { hits } = await search(recruiter, 'clusters', ACME, ACME_JOB.id);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ full_name: 'Rita Moreno', page: 2 });
  });

  it("expands the job's skill aliases both ways: k8s finds Kubernetes and Kubernetes finds k8s", async () => {
    expect(names((await search(recruiter, 'k8s', ACME, ACME_JOB.id)).hits)).toEqual(['Rita Moreno']);
    expect(names((await search(recruiter, 'kubernetes')).hits).sort()).toEqual(['Kim Okafor', 'Rita Moreno']);
  });

  it('matches the last word as a prefix while it is typed, names and emails too', async () => {
    expect(names((await search(recruiter, 'kubern', ACME, ACME_JOB.id)).hits)).toEqual(['Rita Moreno']);
    const byName = await search(recruiter, 'okaf');
    expect(names(byName.hits)).toEqual(['Kim Okafor']);
    expect(byName.hits[0].field).toBe('profile');
    expect(names((await search(recruiter, 'jack.turing@example.test')).hits)).toEqual(['Jack Turing']);
  });

  it('searches notes', async () => {
    const { hits } = await search(viewer, 'flutter');
    expect(names(hits)).toEqual(['Rhea Castro']);
    expect(hits[0]).toMatchObject({ field: 'note', page: null });
    expect(marked(hits[0].snippet)).toEqual(['flutter']);
  });

  it("gives another organization's member no row and no count, whatever org they name", async () => {
    const asked = await search(globex, 'react native', ACME);
    expect(asked.error).toBeNull();
    expect(asked.hits).toEqual([]);
    const own = await search(globex, 'react native', GLOBEX);
    expect(names(own.hits)).toEqual(['Gloria Reyes']);
    expect(own.hits[0].total).toBe(1);
    expect(names((await search(recruiter, 'gloria')).hits)).toEqual([]);
  });

  it('refuses the anon key', async () => {
    const { hits, error } = await search(anonClient(), 'react');
    expect(hits).toEqual([]);
    expect(error).not.toBeNull();
  });
});

describe('search_applications with bad input', () => {
  it.each([
    ['empty', '', 'search_empty'],
    ['only spaces', '   \t ', 'search_empty'],
    ['huge', 'react '.repeat(100), 'search_too_long'],
    ['only exclusions', '-java -php', 'search_only_excludes'],
  ])('%s → 400 with a stable code and a message', async (_, query, hint) => {
    const { error, status, hits } = await search(recruiter, query);
    expect(status).toBe(400);
    expect(hits).toEqual([]);
    expect(error).toMatchObject({ code: '22023', hint });
    expect(error!.message.length).toBeGreaterThan(10);
  });

  it.each(["'&|!:*()", '"""', 'OR OR -', 'the of and', '-java the', '\\\\ ; drop table x'])('%s → 200 and no results, never a 500', async (query) => {
    const { error, status, hits } = await search(recruiter, query);
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(hits).toEqual([]);
  });

  it('refuses a result limit outside 1–100', async () => {
    const { error, status } = await recruiter.rpc('search_applications', { query: 'react', org: ACME, max_results: 1000 });
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: '22023', hint: 'search_bad_limit' });
  });
});
