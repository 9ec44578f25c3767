// The direct-to-bucket apply flow against its baselines: bytes our code handles, end-to-end latency
// versus a bare PUT and versus an upload-through-the-server proxy, and sign-upload versus a no-op function.
import { randomUUID } from 'node:crypto';
import { makeResumePdf } from '../scripts/make-fixtures.ts';
import type { RunningStack } from '../stack/stack.ts';
import { fetchFrom, newClientAddress } from '../tests/support/client-address.ts';
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

const OUR_SERVICES = ['rest', 'functions', 'auth'];
type Traffic = Record<string, { requests: number; bytesIn: number; bytesOut: number }>;

const traffic = async (api: string) => (await (await fetch(`${api}/_stack/traffic`)).json()) as Traffic;

/** Bytes and requests per service of ours between two traffic readings. */
function trafficOfOurCode(before: Traffic, after: Traffic): { bytes: number; detail: string } {
  const per = OUR_SERVICES.map((k) => ({
    k,
    requests: after[k].requests - before[k].requests,
    bytes: after[k].bytesIn + after[k].bytesOut - before[k].bytesIn - before[k].bytesOut,
  }));
  return {
    bytes: per.reduce((sum, x) => sum + x.bytes, 0),
    detail: per
      .filter((x) => x.requests)
      .map((x) => `${x.k}: ${x.requests} request${x.requests === 1 ? '' : 's'}, ${x.bytes} B`)
      .join('; '),
  };
}

/** fetch from a loopback address of its own for every candidate, as the rate limiter sees distinct people. */
const asNewCandidate = () => fetchFrom(newClientAddress());

type Steps = { sign: number; put: number; insert: number };

export async function jobId(api: string): Promise<string> {
  const res = await fetch(`${api}/rest/v1/jobs?select=id&slug=eq.${JOB}`, { headers: anonHeaders });
  const rows = (await res.json()) as { id: string }[];
  if (!rows[0]) throw new Error(`job ${JOB} not found in the seed`);
  return rows[0].id;
}

/** The candidate's three requests, as the browser makes them; returns the new application's id and resume path, and each step's ms. */
export async function applyDirect(
  api: string,
  job: string,
  pdf: Uint8Array,
  fullName = 'Bench Candidate',
  email = 'bench@example.test',
): Promise<{ id: string; path: string; steps: Steps }> {
  const t0 = performance.now();
  const sign = await asNewCandidate()(`${api}/functions/v1/sign-upload`, {
    method: 'POST',
    headers: { ...anonHeaders, 'content-type': 'application/json' },
    body: JSON.stringify({ jobSlug: JOB, fileSize: pdf.byteLength, contentType: 'application/pdf' }),
  });
  if (!sign.ok) throw new Error(`sign-upload ${sign.status}: ${await sign.text()}`);
  const { path, signedUrl } = (await sign.json()) as { path: string; signedUrl: string };
  const t1 = performance.now();
  const put = await fetch(signedUrl, {
    method: 'PUT',
    headers: { ...anonHeaders, 'content-type': 'application/pdf', 'x-upsert': 'false' },
    body: new Uint8Array(pdf),
  });
  if (!put.ok) throw new Error(`upload ${put.status}: ${await put.text()}`);
  await put.arrayBuffer();
  const t2 = performance.now();
  const row = { id: randomUUID(), job_id: job, full_name: fullName, email, resume_path: path, resume_size: pdf.byteLength };
  const ins = await fetch(`${api}/rest/v1/applications`, {
    method: 'POST',
    headers: { ...anonHeaders, 'content-type': 'application/json', prefer: 'return=minimal' },
    body: JSON.stringify(row),
  });
  if (!ins.ok) throw new Error(`insert ${ins.status}: ${await ins.text()}`);
  await ins.arrayBuffer();
  return { id: row.id, path, steps: { sign: t1 - t0, put: t2 - t1, insert: performance.now() - t2 } };
}

/** The steps' p50s, for a note saying where an application's time goes. */
const stepsNote = (steps: Steps[]) => {
  const p50 = (k: keyof Steps) =>
    percentile(
      steps.map((s) => s[k]),
      50,
    ).toFixed(1);
  return `steps p50: sign-upload ${p50('sign')} ms, PUT ${p50('put')} ms, insert ${p50('insert')} ms`;
};

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
    const res = await fetch(`${proxy.url}/upload?job=${JOB}&jobId=${job}&name=Bench&email=bench@example.test`, {
      method: 'POST',
      body: new Uint8Array(pdf),
    });
    if (!res.ok) throw new Error(`proxy ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  const figures: Figure[] = [];
  try {
    for (const size of SIZES) {
      const pdf = await makeResumePdf({
        name: 'Bench Candidate',
        email: 'bench@example.test',
        phone: '+1 555 0100',
        skillsText: 'TypeScript, PostgreSQL, Node.js',
        pages: 2,
        bytesTarget: size.bytes,
      });
      // Bytes through our code for one application, against the proxy's for the same file.
      await applyDirect(api, job, pdf); // warm-up
      const before = await traffic(api);
      await applyDirect(api, job, pdf);
      const ours = trafficOfOurCode(before, await traffic(api));
      const proxyBefore = proxy.bytesHandled();
      await viaProxy(pdf)();
      const theirs = proxy.bytesHandled() - proxyBefore;
      figures.push(
        withBaseline({
          group: 'apply',
          name: `bytes our code handles per application, ${size.label} PDF`,
          value: ours.bytes,
          unit: 'B',
          baseline: { name: 'upload-through-server proxy', value: theirs },
          goal: { max: 4096, ...(size.label === '5 MB' ? { maxRatio: 0.001 } : {}) },
          note: ours.detail,
        }),
      );
      const steps: Steps[] = [];
      const direct = () => applyDirect(api, job, pdf).then((r) => steps.push(r.steps));
      if (size.label === '100 KB') {
        const [times, viaServer] = await sampleInterleaved(Math.min(RUNS, 20), direct, viaProxy(pdf));
        figures.push(
          withBaseline({
            group: 'apply',
            name: `end-to-end apply p50, ${size.label}`,
            value: percentile(times, 50),
            unit: 'ms',
            baseline: { name: 'proxy route p50', value: percentile(viaServer, 50) },
            goal: { maxRatio: 1 },
            note: stepsNote(steps),
          }),
        );
        continue;
      }
      const [times, bare] = await sampleInterleaved(RUNS, direct, () => barePut(api, pdf));
      const viaServer: number[] = [];
      for (let i = 0; i < Math.ceil(RUNS / 3); i++) viaServer.push(await timeMs(viaProxy(pdf)));
      for (const p of [50, 95]) {
        figures.push(
          withBaseline({
            group: 'apply',
            name: `end-to-end apply (sign + PUT + insert) p${p}, ${size.label}`,
            value: percentile(times, p),
            unit: 'ms',
            baseline: { name: `bare PUT p${p}`, value: percentile(bare, p) },
            goal: { maxRatio: 1.25 },
            ...(p === 50 ? { note: stepsNote(steps) } : {}),
          }),
        );
      }
      figures.push(
        withBaseline({
          group: 'apply',
          name: `end-to-end apply p50 vs proxy, ${size.label}`,
          value: percentile(times, 50),
          unit: 'ms',
          baseline: { name: 'proxy route p50', value: percentile(viaServer, 50) },
          goal: { maxRatio: 1 },
        }),
      );
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
    asNewCandidate()(`${api}/functions/v1/sign-upload`, {
      method: 'POST',
      headers: { ...anonHeaders, 'content-type': 'application/json' },
      body: JSON.stringify({ jobSlug: JOB, fileSize: 200_000, contentType: 'application/pdf' }),
    }).then(async (r) => {
      if (!r.ok) throw new Error(`sign-upload ${r.status}`);
      await r.arrayBuffer();
    });
  const noop = () => fetch(`${api}/functions/v1/health`, { headers: anonHeaders }).then((r) => r.arrayBuffer());
  const figures: Figure[] = [];
  const inner = await innerCalls(api);
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
      const note = concurrency === 1 && p === 50 ? { note: inner } : {};
      figures.push(
        withBaseline({
          group: 'sign-upload',
          name: `latency p${p} at concurrency ${concurrency}`,
          value: percentile(s, p),
          unit: 'ms',
          baseline: { name: `no-op function p${p}`, value: percentile(n, p) },
          goal: { maxRatio: 2 },
          ...note,
        }),
      );
    }
  }
  return figures;
}

/** The two calls sign-upload makes through the gateway, timed directly (service role, concurrency 1), for a note. */
async function innerCalls(api: string): Promise<string> {
  const grant: number[] = [];
  const signing: number[] = [];
  for (let i = 0; i < 50; i++) {
    const path = `${JOB}/${randomUUID()}.pdf`;
    grant.push(
      await timeMs(async () => {
        const res = await fetch(`${api}/rest/v1/rpc/record_upload_grant`, {
          method: 'POST',
          headers: { ...serviceHeaders, 'content-type': 'application/json' },
          body: JSON.stringify({ job_slug: JOB, path, client_key_hash: `bench-${i}`, file_size: 200_000 }),
        });
        if (!res.ok) throw new Error(`record_upload_grant ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      }),
    );
    signing.push(
      await timeMs(async () => {
        const res = await fetch(`${api}/storage/v1/object/upload/sign/resumes/${path}`, {
          method: 'POST',
          headers: { ...serviceHeaders, 'content-type': 'application/json' },
          body: '{}',
        });
        if (!res.ok) throw new Error(`storage signing ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      }),
    );
  }
  return `inside it, called directly: grant RPC p50 ${percentile(grant, 50).toFixed(1)} ms, storage signing p50 ${percentile(signing, 50).toFixed(1)} ms`;
}

export const benchApply = () => withBenchStack('apply', run, { SIGN_UPLOAD_RATE_LIMIT: '1000000' });
