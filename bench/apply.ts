// The direct-to-bucket apply flow against its baselines: bytes our code handles, end-to-end latency
// versus a bare PUT and versus an upload-through-the-server proxy, and sign-upload versus a no-op function.
import { randomUUID } from 'node:crypto';
import { makeResumePdf } from '../scripts/make-fixtures.ts';
import type { RunningStack } from '../stack/stack.ts';
import { anonHeaders, serviceHeaders, withBenchStack } from './bench-stack.ts';
import { withBaseline, type Figure } from './figures.ts';
import { percentile, sampleInterleaved, timeMs } from './stats.ts';
import { startUploadProxy } from './upload-proxy.ts';

const JOB = 'backend-developer';
const SIZES = [
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
  { label: '5 MB', bytes: 5 * 1024 * 1024 - 64 * 1024 },
];
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

async function trafficOfOurCode(api: string): Promise<number> {
  const t = (await (await fetch(`${api}/_stack/traffic`)).json()) as Record<string, { bytesIn: number; bytesOut: number }>;
  return ['rest', 'functions', 'auth'].reduce((sum, k) => sum + t[k].bytesIn + t[k].bytesOut, 0);
}

async function jobId(api: string): Promise<string> {
  const res = await fetch(`${api}/rest/v1/jobs?select=id&slug=eq.${JOB}`, { headers: anonHeaders });
  const rows = (await res.json()) as { id: string }[];
  if (!rows[0]) throw new Error(`job ${JOB} not found in the seed`);
  return rows[0].id;
}

/** The candidate's three requests, as the browser makes them. */
async function applyDirect(api: string, job: string, pdf: Uint8Array) {
  const sign = await fetch(`${api}/functions/v1/sign-upload`, {
    method: 'POST',
    headers: { ...anonHeaders, 'content-type': 'application/json' },
    body: JSON.stringify({ jobSlug: JOB, fileSize: pdf.byteLength, contentType: 'application/pdf' }),
  });
  if (!sign.ok) throw new Error(`sign-upload ${sign.status}: ${await sign.text()}`);
  const { path, signedUrl } = (await sign.json()) as { path: string; signedUrl: string };
  const put = await fetch(signedUrl, { method: 'PUT', headers: { ...anonHeaders, 'content-type': 'application/pdf', 'x-upsert': 'false' }, body: new Uint8Array(pdf) });
  if (!put.ok) throw new Error(`upload ${put.status}: ${await put.text()}`);
  await put.arrayBuffer();
  const row = { id: randomUUID(), job_id: job, full_name: 'Bench Candidate', email: 'bench@example.test', resume_path: path, resume_size: pdf.byteLength };
  const ins = await fetch(`${api}/rest/v1/applications`, {
    method: 'POST',
    headers: { ...anonHeaders, 'content-type': 'application/json', prefer: 'return=minimal' },
    body: JSON.stringify(row),
  });
  if (!ins.ok) throw new Error(`insert ${ins.status}: ${await ins.text()}`);
}

async function barePut(api: string, pdf: Uint8Array) {
  const res = await fetch(`${api}/storage/v1/object/resumes/${JOB}/${randomUUID()}.pdf`, {
    method: 'POST',
    headers: { ...serviceHeaders, 'content-type': 'application/pdf' },
    body: new Uint8Array(pdf),
  });
  if (!res.ok) throw new Error(`bare put ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
}

async function run(stack: RunningStack): Promise<Figure[]> {
  const api = stack.apiUrl;
  const job = await jobId(api);
  const proxy = await startUploadProxy(api, stack.serviceRoleKey);
  const viaProxy = (pdf: Uint8Array) => async () => {
    const res = await fetch(`${proxy.url}/upload?job=${JOB}&jobId=${job}&name=Bench&email=bench@example.test`, { method: 'POST', body: new Uint8Array(pdf) });
    if (!res.ok) throw new Error(`proxy ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  const figures: Figure[] = [];
  try {
    for (const size of SIZES) {
      const pdf = await makeResumePdf({ name: 'Bench Candidate', email: 'bench@example.test', phone: '+1 555 0100', skillsText: 'TypeScript, PostgreSQL, Node.js', pages: 2, bytesTarget: size.bytes });
      // Bytes through our code for one application, against the proxy's for the same file.
      await applyDirect(api, job, pdf); // warm-up
      const before = await trafficOfOurCode(api);
      await applyDirect(api, job, pdf);
      const ours = (await trafficOfOurCode(api)) - before;
      const proxyBefore = proxy.bytesHandled();
      await viaProxy(pdf)();
      const theirs = proxy.bytesHandled() - proxyBefore;
      figures.push(withBaseline({ group: 'apply', name: `bytes our code handles per application, ${size.label} PDF`, value: ours, unit: 'B', baseline: { name: 'upload-through-server proxy', value: theirs }, goal: { max: 4096, ...(size.label === '5 MB' ? { maxRatio: 0.001 } : {}) } }));
      if (size.label === '100 KB') {
        const [direct, viaServer] = await sampleInterleaved(Math.min(RUNS, 20), () => applyDirect(api, job, pdf), viaProxy(pdf));
        figures.push(withBaseline({ group: 'apply', name: `end-to-end apply p50, ${size.label}`, value: percentile(direct, 50), unit: 'ms', baseline: { name: 'proxy route p50', value: percentile(viaServer, 50) }, goal: { maxRatio: 1 } }));
        continue;
      }
      const [direct, bare] = await sampleInterleaved(RUNS, () => applyDirect(api, job, pdf), () => barePut(api, pdf));
      const viaServer: number[] = [];
      for (let i = 0; i < Math.ceil(RUNS / 3); i++) viaServer.push(await timeMs(viaProxy(pdf)));
      for (const p of [50, 95]) {
        figures.push(withBaseline({ group: 'apply', name: `end-to-end apply (sign + PUT + insert) p${p}, ${size.label}`, value: percentile(direct, p), unit: 'ms', baseline: { name: `bare PUT p${p}`, value: percentile(bare, p) }, goal: { maxRatio: 1.25 } }));
      }
      figures.push(withBaseline({ group: 'apply', name: `end-to-end apply p50 vs proxy, ${size.label}`, value: percentile(direct, 50), unit: 'ms', baseline: { name: 'proxy route p50', value: percentile(viaServer, 50) }, goal: { maxRatio: 1 } }));
    }
    figures.push(...(await signLatency(api)));
  } finally {
    await proxy.close();
  }
  return figures;
}

/** sign-upload against a no-op function on the same runtime, at concurrency 1 and 50. */
async function signLatency(api: string): Promise<Figure[]> {
  const sign = () =>
    fetch(`${api}/functions/v1/sign-upload`, {
      method: 'POST',
      headers: { ...anonHeaders, 'content-type': 'application/json' },
      body: JSON.stringify({ jobSlug: JOB, fileSize: 200_000, contentType: 'application/pdf' }),
    }).then(async (r) => {
      if (!r.ok) throw new Error(`sign-upload ${r.status}`);
      await r.arrayBuffer();
    });
  const noop = () => fetch(`${api}/functions/v1/health`, { headers: anonHeaders }).then((r) => r.arrayBuffer());
  const figures: Figure[] = [];
  for (const concurrency of [1, 50]) {
    const rounds = concurrency === 1 ? 100 : 6;
    const s: number[] = [];
    const n: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const batch = async (fn: () => Promise<unknown>, into: number[]) =>
        Promise.all(Array.from({ length: concurrency }, async () => into.push(await timeMs(fn))));
      await batch(sign, s);
      await batch(noop, n);
    }
    for (const p of [50, 99]) {
      figures.push(withBaseline({ group: 'sign-upload', name: `latency p${p} at concurrency ${concurrency}`, value: percentile(s, p), unit: 'ms', baseline: { name: `no-op function p${p}`, value: percentile(n, p) }, goal: { maxRatio: 2 } }));
    }
  }
  return figures;
}

export const benchApply = () => withBenchStack('apply', run, { SIGN_UPLOAD_RATE_LIMIT: '1000000' });
