// Scoring: two-page resumes per second through the scoring module in Node on one thread, and the score-application
// function's time per application on the local stack against a no-op function on the same runtime.
import type { RunningStack } from '../stack/stack.ts';
import { fixtureBytes } from '../scripts/make-fixtures.ts';
import { extractText, scoreResume, type PdfjsLike, type Skill } from '../supabase/functions/_shared/scoring/index.ts';
import { applyDirect, jobId } from './apply.ts';
import { anonHeaders, serviceHeaders, withBenchStack } from './bench-stack.ts';
import { withBaseline, type Figure } from './figures.ts';
import { percentile, sampleInterleaved } from './stats.ts';

const JOB = 'backend-developer';
const THROUGHPUT_SECONDS = Number(process.env.BENCH_SCORING_SECONDS ?? 5);
const APPLICATIONS = 10;
const FUNCTION_RUNS = Number(process.env.BENCH_SCORING_RUNS ?? 30);

async function seedSkills(api: string): Promise<Skill[]> {
  const res = await fetch(`${api}/rest/v1/jobs?select=skills&slug=eq.${JOB}`, { headers: serviceHeaders });
  const rows = (await res.json()) as { skills: Skill[] }[];
  if (!rows[0]?.skills.length) throw new Error(`job ${JOB} has no skills in the seed`);
  return rows[0].skills;
}

/**
 * Resumes scored back to back for a few seconds after a warm-up; pdf.js runs without a worker, on this thread.
 * Also the time of pdf.js's text extraction alone, to say where a resume's time goes.
 */
async function throughput(pdf: Uint8Array, skills: Skill[]): Promise<{ perSecond: number; extractMs: number }> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;
  const once = async () => {
    const { score } = await scoreResume(pdf, skills, pdfjs);
    if (!(score > 0)) throw new Error(`the two-page fixture scored ${score}; the benchmark would measure a failure path`);
  };
  for (let i = 0; i < 10; i++) await once();
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < THROUGHPUT_SECONDS * 1000) {
    await once();
    n++;
  }
  const perSecond = n / ((performance.now() - started) / 1000);
  const extracting = performance.now();
  for (let i = 0; i < 20; i++) await extractText(pdf, pdfjs);
  return { perSecond, extractMs: (performance.now() - extracting) / 20 };
}

async function scoreApplication(api: string, id: string) {
  const res = await fetch(`${api}/functions/v1/score-application`, {
    method: 'POST',
    headers: { ...serviceHeaders, 'content-type': 'application/json' },
    body: JSON.stringify({ applicationId: id }),
  });
  const body = (await res.json()) as { status?: string };
  if (!res.ok || body.status !== 'done') throw new Error(`score-application ${res.status}: ${JSON.stringify(body)}`);
}

async function run(stack: RunningStack): Promise<Figure[]> {
  const api = stack.apiUrl;
  const pdf = (await fixtureBytes())['two-pages.pdf'];
  const skills = await seedSkills(api);
  const job = await jobId(api);
  const ids: string[] = [];
  for (let i = 0; i < APPLICATIONS; i++) ids.push((await applyDirect(api, job, pdf)).id);
  let next = 0;
  const score = () => scoreApplication(api, ids[next++ % ids.length]);
  const health = () => fetch(`${api}/functions/v1/health`, { headers: anonHeaders }).then((r) => r.arrayBuffer());
  for (let i = 0; i < 3; i++) await Promise.all([score(), health()]); // warm-up: the functions' first requests compile them
  const [scored, noop] = await sampleInterleaved(FUNCTION_RUNS, score, health);
  // Last, with no request to the stack after it: pdf.js's promise chains starve I/O, so a kept-alive connection
  // closed meanwhile would be reused and reset.
  const { perSecond, extractMs } = await throughput(pdf, skills);
  return [
    {
      group: 'scoring',
      name: 'two-page resumes scored per second, scoring module in Node on one thread',
      value: perSecond,
      unit: '/s',
      goal: { min: 20 },
      note: `${(1000 / perSecond).toFixed(0)} ms a resume, of which pdf.js text extraction ${extractMs.toFixed(0)} ms`,
    },
    ...[50, 95].map((p) =>
      withBaseline({
        group: 'scoring',
        name: `score-application per application p${p} (download, extract, score, store; ${FUNCTION_RUNS} calls)`,
        value: percentile(scored, p),
        unit: 'ms',
        baseline: { name: `no-op function (health) p${p}`, value: percentile(noop, p) },
      }),
    ),
  ];
}

export const benchScoring = () => withBenchStack('scoring', run, { SIGN_UPLOAD_RATE_LIMIT: '1000000' });
