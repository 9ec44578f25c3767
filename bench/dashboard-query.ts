// The dashboard's page query at scale: 100 000 applications across 20 jobs and 2 orgs, one page (50 rows by
// score, one stage, one job, exact count) as Acme's recruiter under RLS versus the same query as service role.
import fs from 'node:fs';
import path from 'node:path';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import WebSocket from 'ws';
import { ANON_KEY, PLATFORM_SUPERUSER, ROOT } from '../stack/config.ts';
import type { RunningStack } from '../stack/stack.ts';
import { anonHeaders, withBenchStack } from './bench-stack.ts';
import { withBaseline, type Figure } from './figures.ts';
import { seedResumeText } from './resume-text.ts';
import { percentile, sampleInterleaved, timeMs } from './stats.ts';

// The dashboard list's page (PAGE_SIZE in src/features/applicants/types.ts: the SPA's module needs a browser to load).
const PAGE_SIZE = 50;

const APPLICATIONS = 100_000;
const JOBS_PER_ORG = 10;
const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 200);
const RECRUITER = { email: 'recruiter@acme.test', password: 'acme-recruiter-pass' };
const JOB = 'backend-developer';
const STAGE = 'applied';

/** The dashboard's select list, read from its source (the module itself needs the browser's supabase client). */
function listColumns(): string {
  const source = fs.readFileSync(path.join(ROOT, 'src', 'features', 'applicants', 'api', 'get-applications.ts'), 'utf8');
  const found = /export const LIST_COLUMNS = '([^']+)'/.exec(source);
  if (!found) throw new Error('LIST_COLUMNS not found in get-applications.ts');
  return found[1];
}

/**
 * Seeds as superuser in one transaction, set-based, as a bulk load would: jobs up to 10 per org, then for every
 * application its spent upload grant, its object row, the row itself and its first stage event. Triggers and FK
 * checks are off for the load (session_replication_role = replica) and their effects (grant spent, first stage
 * event) written in bulk instead, and the applications' secondary indexes are rebuilt after it: a row at a time
 * the load took minutes on this machine. Stages lean towards `applied` as real pipelines do; one in twenty
 * applications is still unscored; every scored one has two pages of resume text (bench/resume-text.ts). A final VACUUM ANALYZE leaves the table as autovacuum would.
 */
export async function seedApplications(dbUrl: string, applications = APPLICATIONS): Promise<void> {
  // The platform's superuser: only it may switch triggers off (postgres is not a superuser, as on hosted Supabase).
  const superuser = new URL(dbUrl);
  superuser.username = PLATFORM_SUPERUSER;
  const db = new pg.Client({ connectionString: superuser.toString() });
  await db.connect();
  try {
    await db.query('begin');
    await db.query('set local session_replication_role = replica');
    await db.query(
      `insert into public.jobs (org_id, slug, title, status, skills)
       select o.id, format('bench-%s-%s', o.slug, n), format('Bench job %s', n), 'open', '[]'
       from public.organizations o,
            lateral generate_series(1, $1 - (select count(*) from public.jobs j where j.org_id = o.id)::int) n
       where o.slug in ('acme', 'globex')`,
      [JOBS_PER_ORG],
    );
    await db.query(
      `create temp table bench_apps on commit drop as
       select gen_random_uuid() as id, j.id as job_id, j.slug || '/' || gen_random_uuid() || '.pdf' as path, i,
              now() - make_interval(mins => i) as at,
              case when h < 50 then 'applied' when h < 70 then 'screening' when h < 82 then 'interview'
                   when h < 87 then 'offer' when h < 90 then 'hired' else 'rejected' end as stage
       from (select i, (hashint4(i) & 1023) % 100 as h from generate_series(0, $1 - 1) i) g
       join (select id, slug, (row_number() over (order by org_id, slug)) - 1 as k from public.jobs) j on j.k = g.i % 20`,
      [applications],
    );
    await db.query(
      `insert into public.upload_grants (path, job_id, client_key_hash, created_at, expires_at, used_at)
       select path, job_id, 'bench', at, at + interval '2 hours', at from bench_apps`,
    );
    await db.query(
      `insert into storage.objects (bucket_id, name, metadata, version, created_at, updated_at)
       select 'resumes', path, jsonb_build_object('size', 180000, 'mimetype', 'application/pdf', 'contentLength', 180000), '1', at, at
       from bench_apps`,
    );
    const { rows: indexes } = await db.query<{ name: string; def: string }>(
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i
       where i.indrelid = 'public.applications'::regclass
         and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    );
    for (const index of indexes) await db.query(`drop index ${index.name}`);
    await db.query(
      `insert into public.applications (id, job_id, full_name, email, resume_path, resume_size, stage, score, parse_status, created_at, updated_at)
       select id, job_id, format('Candidate %s', i), format('candidate%s@example.test', i), path, 180000, stage,
              case when i % 20 = 7 then null else (hashint4(i + 1) & 1023) % 101 end,
              case when i % 20 = 7 then 'pending' else 'done' end,
              at, at
       from bench_apps`,
    );
    for (const index of indexes) await db.query(index.def);
    await db.query(`insert into public.stage_events (application_id, to_stage, at) select id, stage, at from bench_apps`);
    await seedResumeText(db);
    await db.query('commit');
    await db.query(
      'vacuum analyze public.jobs, public.applications, public.upload_grants, public.stage_events, public.resume_pages, public.resume_documents, storage.objects',
    );
  } catch (e) {
    await db.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await db.end();
  }
}

export async function signIn(api: string, user: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${api}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { ...anonHeaders, 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (!res.ok) throw new Error(`sign-in ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** supabase-js as the browser has it: the anon key as apikey, the caller's token as Authorization. */
export const client = (api: string, token: string) =>
  createClient(api, ANON_KEY, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: { headers: { Authorization: `Bearer ${token}` } },
    realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
  });

/** The first page exactly as listQuery + getApplicationsPage build it for sort=score desc and one stage. */
async function page(db: SupabaseClient, jobId: string, columns: string): Promise<number> {
  const { data, count, error } = await db
    .from('applications')
    .select(columns, { count: 'exact' })
    .eq('job_id', jobId)
    .eq('stage', STAGE)
    .order('score', { ascending: false, nullsFirst: false })
    .order('created_at', { ascending: false })
    .order('id', { ascending: true })
    .range(0, PAGE_SIZE - 1);
  if (error) throw new Error(`page query: ${error.message}`);
  if (data.length !== PAGE_SIZE) throw new Error(`page query returned ${data.length} rows`);
  return count ?? 0;
}

async function run(stack: RunningStack): Promise<Figure[]> {
  const api = stack.apiUrl;
  const seeding = performance.now();
  await seedApplications(stack.dbUrl);
  const seedSeconds = (performance.now() - seeding) / 1000;
  const recruiter = client(api, await signIn(api, RECRUITER));
  const service = client(api, stack.serviceRoleKey);
  const { data: job } = await service.from('jobs').select('id').eq('slug', JOB).single();
  const jobId = (job as { id: string }).id;

  // Both see the same rows: Acme's recruiter is a member of the job's org.
  const columns = listColumns();
  const [mine, all] = [await page(recruiter, jobId, columns), await page(service, jobId, columns)];
  if (mine !== all) throw new Error(`recruiter counts ${mine} rows, service role ${all}`);
  for (let i = 0; i < 20; i++) await Promise.all([page(recruiter, jobId, columns), page(service, jobId, columns)]); // warm-up
  const [rls, noRls] = await sampleInterleaved(
    RUNS,
    () => page(recruiter, jobId, columns),
    () => page(service, jobId, columns),
  );
  // The floor under any REST call in this run: a one-row read of a small table by the same recruiter.
  const floor: number[] = [];
  const oneRow = async () => {
    const { error } = await recruiter.from('jobs').select('id').eq('id', jobId);
    if (error) throw new Error(`jobs read: ${error.message}`);
  };
  for (let i = 0; i < 100; i++) floor.push(await timeMs(oneRow));
  const where = `${(APPLICATIONS / 1000).toFixed(0)}k applications, ${mine} in the page's job and stage`;
  return [
    { group: 'dashboard', name: `seed ${APPLICATIONS} applications (+ grants, objects, stage history) through SQL`, value: seedSeconds, unit: 's' },
    ...[50, 95].map((p) =>
      withBaseline({
        group: 'dashboard',
        name: `page query p${p} (${PAGE_SIZE} rows by score, one stage, exact count; ${where}) as recruiter under RLS`,
        value: percentile(rls, p),
        unit: 'ms',
        baseline: { name: `service role, no RLS, p${p}`, value: percentile(noRls, p) },
        ...(p === 50
          ? {
              goal: { max: 25, maxRatio: 1.5 },
              note: `a one-row REST read by the same recruiter takes ${percentile(floor, 50).toFixed(1)} ms p50 in this run`,
            }
          : {}),
      }),
    ),
  ];
}

export const benchDashboardQuery = () => withBenchStack('dashboard', run);
