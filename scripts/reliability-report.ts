// `npm run reliability`: runs the reliability suites (tests/reliability, against a throw-away local stack) and
// regenerates docs/reliability.md from what they reported: cases tried and passed per suite, the
// load, fault and restart figures, the limits they proved, and the RLS matrix. Exits non-zero if any case failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../stack/config.ts';
import { ACTORS, MATRIX } from '../tests/reliability/rls-matrix.ts';
import { FIGURES_DIR, type Figures } from '../tests/reliability/support/tally.ts';

const SUITES: [file: string, title: string][] = [
  ['bad-input', 'bad-input catalogue (through the HTTP API)'],
  ['rls-matrix', 'RLS matrix (actor × table or bucket × operation)'],
  ['load', 'no loss under load'],
  ['faults', 'faults mid-submission, and a stack restart'],
  ['sweep', 'orphan sweeping'],
  ['abuse', 'abuse limits'],
  ['mail-down', 'auth emails with the SMTP server stopped'],
];

type Assertion = { title: string; fullName: string; status: string };
type VitestJson = { testResults: { name: string; assertionResults: Assertion[] }[] };

function runSuites(): VitestJson {
  fs.rmSync(FIGURES_DIR, { recursive: true, force: true });
  fs.mkdirSync(FIGURES_DIR, { recursive: true });
  const output = path.join(FIGURES_DIR, 'vitest.json');
  spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'vitest'),
    ['run', '--project', 'conformance', 'tests/reliability', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (!fs.existsSync(output)) throw new Error('vitest wrote no results: see its output above');
  return JSON.parse(fs.readFileSync(output, 'utf8')) as VitestJson;
}

const figuresOf = (suite: string): Figures => {
  const file = path.join(FIGURES_DIR, `${suite}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { figures: Figures }).figures : {};
};

function suiteRows(results: VitestJson) {
  return SUITES.map(([file, title]) => {
    const tests = results.testResults.find((r) => r.name.endsWith(`tests/reliability/${file}.test.ts`))?.assertionResults ?? [];
    const passed = tests.filter((t) => t.status === 'passed').length;
    const failed = tests.filter((t) => t.status === 'failed').length;
    return { file, title, tried: passed + failed, passed, failed };
  });
}

/** One line of the source that defines a limit, so the page states what the code enforces. */
function fromSource(file: string, pattern: RegExp): string {
  const match = pattern.exec(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  if (!match) throw new Error(`${file} no longer says ${pattern}: update scripts/reliability-report.ts`);
  return match[1];
}

/** The sources write sizes and durations as products (`2 * 60 * 60`, `1024 * 1024`). */
const product = (s: string) => s.split('*').reduce((p, n) => p * Number(n.trim()), 1);

function limitsTable(abuse: Figures): string {
  const signUpload = 'supabase/functions/sign-upload/index.ts';
  const applications = 'supabase/migrations/20261128170300_applications.sql';
  const seconds = (s: string) => {
    const n = product(s);
    return n % 3600 === 0 ? `${n / 3600} h` : `${n / 60} min`;
  };
  const rows = [
    [
      'resume file',
      `${Number(abuse.bucketLimitBytes) / 2 ** 20} MiB, \`application/pdf\` only (proven: exactly the limit kept, one byte more refused; largest object kept ${abuse.largestStoredBytes} bytes)`,
      'the `resumes` bucket (Storage), checked first by sign-upload (413) and the apply page',
    ],
    [
      'upload grants per client',
      `${abuse.rateLimitPerClient} per ${seconds(fromSource(signUpload, /RATE_WINDOW_SECONDS'\), (\d+)\)/))} (proven under a burst of 30 concurrent requests, each forging a different X-Forwarded-For); \`SIGN_UPLOAD_RATE_LIMIT\`, \`SIGN_UPLOAD_RATE_WINDOW_SECONDS\``,
      'sign-upload: 429 `rate_limited` with `Retry-After`; the client is the last X-Forwarded-For hop (the address the proxy in front appended), stored only as an HMAC',
    ],
    [
      'upload grant lifetime',
      seconds(fromSource(signUpload, /GRANT_TTL_SECONDS = ([\d *]+);/)),
      "sign-upload and the insert policy; an unused grant's object is swept after it (and again while Storage's 2 h upload token lives)",
    ],
    [
      'sign-upload request body',
      `${fromSource(signUpload, /MAX_BODY_BYTES = (\d+);/)} bytes, counted as it streams`,
      'sign-upload: 400 `bad_request`',
    ],
    [
      'REST request body',
      `${product(fromSource('stack/rest/body.ts', /BODY_LIMIT = ([\d *]+);/)) / 2 ** 20} MiB`,
      'the local `/rest/v1` (413 `PGRST413`)',
    ],
    [
      'application text',
      `name 1–${fromSource(applications, /char_length\(full_name\) between 1 and (\d+)/)} characters, email ≤ ${fromSource(applications, /char_length\(email\) <= (\d+)/)}, phone ≤ ${fromSource(applications, /char_length\(phone\) <= (\d+)/)}, cover letter ≤ ${fromSource(applications, /char_length\(cover_letter\) <= (\d+)/)}, links: http(s) URLs ≤ 2048`,
      'check constraints (400 `23514`); text is stored verbatim and rendered as text',
    ],
  ];
  return ['| limit | value | enforced by |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function figuresTable(rows: ReturnType<typeof suiteRows>): string {
  const load = figuresOf('load');
  const faults = figuresOf('faults');
  const pieces = ['gateway', 'functions', 'postgres'];
  const survived = pieces.filter((p) => faults[`${p}.survived`] === true).length;
  const lost = Number(load['plain.objectsLost'] ?? NaN) + Number(load['aborted.objectsLost'] ?? NaN);
  const total = rows.reduce((t, r) => ({ tried: t.tried + r.tried, passed: t.passed + r.passed, failed: t.failed + r.failed }), {
    tried: 0,
    passed: 0,
    failed: 0,
  });
  const lines = [
    '| suite | cases tried | passed | failed |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.title} | ${r.tried} | ${r.passed} | ${r.failed} |`),
    `| **all** | **${total.tried}** | **${total.passed}** | **${total.failed}** |`,
    '',
    '| figure | value |',
    '|---|---|',
    `| load held: ${load['plain.submitted']} concurrent applications, 50 KB–5 MiB (${load['plain.megabytes']} MB) | ${load['plain.rows']} rows, ${load['plain.objectsIntact']} objects byte-identical (SHA-256), in ${load['plain.seconds']} s |`,
    `| load held with every 10th upload aborted half-way and retried | ${load['aborted.rows']} rows, ${load['aborted.objectsIntact']} objects byte-identical, in ${load['aborted.seconds']} s |`,
    `| faults survived (gateway, functions runtime, Postgres each taken down mid-submission) | ${survived} of ${pieces.length}: ${pieces.map((p) => `${p} ${faults[`${p}.retries`]} retries`).join(', ')}; no duplicates |`,
    `| everything written was there after a stack restart on the same data | ${faults.restartKeptEverything === true ? 'yes' : 'no'} |`,
    `| objects lost | ${Number.isNaN(lost) ? 'not measured' : lost} |`,
  ];
  return lines.join('\n');
}

function matrixTable(results: VitestJson): string {
  const cells = results.testResults.find((r) => r.name.endsWith('tests/reliability/rls-matrix.test.ts'))?.assertionResults ?? [];
  const status = new Map(cells.map((c) => [c.title, c.status]));
  const mark = (allowed: boolean, title: string) =>
    `${allowed ? 'Y' : '–'}${status.get(title) === 'passed' ? '' : status.get(title) === 'failed' ? ' ✗' : ' ?'}`;
  return [
    `| table or bucket · operation | ${ACTORS.join(' | ')} |`,
    `|---|${ACTORS.map(() => ':-:').join('|')}|`,
    ...MATRIX.map(
      (c) => `| ${c.target} · ${c.operation} | ${ACTORS.map((a) => mark(c.expected[a], `${c.target} · ${c.operation} · ${a}`)).join(' | ')} |`,
    ),
  ].join('\n');
}

function writeReliabilityPage(section: string) {
  const readme = path.join(ROOT, 'docs', 'reliability.md');
  const text = fs.readFileSync(readme, 'utf8');
  const block = `<!-- reliability:start -->\n${section}\n<!-- reliability:end -->`;
  const next = text.includes('<!-- reliability:start -->')
    ? text.replace(/<!-- reliability:start -->[\s\S]*<!-- reliability:end -->/, () => block)
    : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(readme, next);
}

const results = runSuites();
const rows = suiteRows(results);
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
writeReliabilityPage(
  [
    `Generated by \`npm run reliability\` on ${new Date().toISOString().slice(0, 10)} at ${commit} (suites in \`tests/reliability\`, run by \`npm test\` too).`,
    '',
    figuresTable(rows),
    '',
    'Limits (what the abuse suite proves, and where each is enforced):',
    '',
    limitsTable(figuresOf('abuse')),
    '',
    '<details><summary>The RLS matrix: Y allowed, – refused, each cell tried through the API (✗ where it did not hold)</summary>',
    '',
    matrixTable(results),
    '',
    '</details>',
  ].join('\n'),
);
const failed = rows.reduce((n, r) => n + r.failed, 0);
console.log(`\ndocs/reliability.md regenerated: ${rows.map((r) => `${r.file} ${r.passed}/${r.tried}`).join(', ')}`);
process.exit(failed || rows.some((r) => r.tried === 0) ? 1 : 0);
