// Resume search at scale: the 100 000-application seed with two pages of resume text each, searched org-wide and
// within one job through the API as Acme's recruiter under RLS, against the same calls as service role (no RLS).
import type { SupabaseClient } from '@supabase/supabase-js';
import type { RunningStack } from '../stack/stack.ts';
import { withBenchStack } from './bench-stack.ts';
import { client, seedApplications, signIn } from './dashboard-query.ts';
import { withBaseline, type Figure } from './figures.ts';
import { percentile, sampleInterleaved } from './stats.ts';

const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 200);
const RECRUITER = { email: 'recruiter@acme.test', password: 'acme-recruiter-pass' };
const ACME = 'ac000000-0000-4000-8000-000000000000';
const JOB = 'backend-developer';
const SEARCHES = [
  { name: '"react native" -java, org-wide', query: '"react native" -java', scope: 'org' },
  { name: 'kubernet (prefix while typing), one job', query: 'kubernet', scope: 'job' },
] as const;

type Hit = { application_id: string; total: number };

async function search(db: SupabaseClient, query: string, job?: string): Promise<number> {
  const { data, error } = await db.rpc('search_applications', { query, org: ACME, ...(job ? { job } : {}) });
  if (error) throw new Error(`search "${query}": ${error.message}`);
  const hits = data as Hit[];
  if (!hits.length) throw new Error(`search "${query}" found nothing`);
  return hits[0].total;
}

async function run(stack: RunningStack): Promise<Figure[]> {
  await seedApplications(stack.dbUrl);
  const recruiter = client(stack.apiUrl, await signIn(stack.apiUrl, RECRUITER));
  const service = client(stack.apiUrl, stack.serviceRoleKey);
  const { data: job } = await service.from('jobs').select('id').eq('slug', JOB).single();
  const jobId = (job as { id: string }).id;
  const figures: Figure[] = [];
  for (const s of SEARCHES) {
    const scope = s.scope === 'job' ? jobId : undefined;
    // Both see the same applicants: Acme's recruiter is a member of every job searched.
    const [mine, all] = [await search(recruiter, s.query, scope), await search(service, s.query, scope)];
    if (mine !== all) throw new Error(`"${s.query}": recruiter finds ${mine} applicants, service role ${all}`);
    for (let i = 0; i < 10; i++) await Promise.all([search(recruiter, s.query, scope), search(service, s.query, scope)]); // warm-up
    const [rls, noRls] = await sampleInterleaved(
      RUNS,
      () => search(recruiter, s.query, scope),
      () => search(service, s.query, scope),
    );
    for (const p of [50, 95])
      figures.push(
        withBaseline({
          group: 'search',
          name: `search p${p} (${s.name}; 20 ranked hits with snippets of ${mine} matching, 100k applications with resume text) as recruiter under RLS`,
          value: percentile(rls, p),
          unit: 'ms',
          baseline: { name: `service role, no RLS, p${p}`, value: percentile(noRls, p) },
          ...(p === 50 ? { goal: { max: 50, maxRatio: 1.5 } } : {}),
          note: 'resume text from a weighted skill pool (bench/resume-text.ts): the phrase is in ~3 % of resumes, not every one',
        }),
      );
  }
  return figures;
}

export const benchSearch = () => withBenchStack('search', run);
