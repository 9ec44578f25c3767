// The score CLI end to end: a real process on a folder of generated PDFs, JSON lines out, exit codes.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from './make-fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
let dir: string;
let files: Record<string, string>;
const job = {
  title: 'Backend Engineer',
  skills: [
    { name: 'Python', weight: 5, required: true, aliases: [] },
    { name: 'Go', weight: 3, required: false, aliases: ['Golang'] },
    { name: 'Kubernetes', weight: 2, required: false, aliases: ['k8s'] },
  ],
};

function run(args: string[], command = path.join(ROOT, 'node_modules/.bin/tsx')): Promise<{ code: number; stdout: string; stderr: string }> {
  const argv = command === 'npm' ? ['run', '--silent', 'score', '--', ...args] : ['scripts/score.ts', ...args];
  return new Promise((resolve) => {
    execFile(command, argv, { cwd: ROOT, timeout: 90_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
const jsonLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'score-cli-'));
  files = await makeFixtures(path.join(dir, 'resumes'));
  await writeFile(path.join(dir, 'job.json'), JSON.stringify(job));
  await writeFile(path.join(dir, 'bad-job.json'), JSON.stringify({ title: 'x', skills: [{ name: '', weight: 9, required: 'yes' }] }));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run score', () => {
  it('prints one JSON line per PDF in a folder, errors included, and exits 1 when some failed', async () => {
    const { code, stdout, stderr } = await run(['--job', path.join(dir, 'job.json'), path.join(dir, 'resumes')]);
    expect(code).toBe(1);
    const lines = jsonLines(stdout);
    expect(lines.map((l) => path.basename(l.file))).toEqual(Object.keys(files).sort());
    const byName = Object.fromEntries(lines.map((l) => [path.basename(l.file), l]));
    expect(byName['one-column.pdf']).toEqual({
      file: files['one-column.pdf'],
      score: 100,
      matched: [
        { skill: 'Python', evidence: expect.arrayContaining([{ page: 2, snippet: expect.stringContaining('Python') }]) },
        { skill: 'Go', evidence: [{ page: 2, snippet: expect.stringContaining('written in Go') }, expect.anything()] },
        { skill: 'Kubernetes', evidence: expect.any(Array) },
      ],
      missing: [],
      parsed: {
        name: 'Jane Doe',
        email: 'jane.doe@example.com',
        phone: '+1 (555) 010-4477',
        links: expect.objectContaining({ github: 'https://github.com/janedoe' }),
      },
    });
    expect(byName['go-verb.pdf']).toMatchObject({ score: 50, missing: ['Go', 'Kubernetes'] });
    expect(byName['two-column.pdf']).toMatchObject({ score: 40, missing: ['Python'] });
    expect(Object.fromEntries(lines.filter((l) => l.error).map((l) => [path.basename(l.file), l.error.code]))).toEqual({
      'encrypted.pdf': 'encrypted',
      'png-renamed.pdf': 'not_pdf',
      'scan.pdf': 'no_text',
      'truncated.pdf': 'unreadable',
    });
    // The legible scan is read by OCR and scored like any resume, its evidence marked as OCR'd.
    expect(byName['scanned-resume.pdf']).toMatchObject({
      score: 100,
      parsed: { name: 'Jordan Avery', email: 'jordan.avery@example.com', ocr: { pages: [1], confidence: expect.any(Number) } },
    });
    expect(byName['scanned-resume.pdf'].matched[0].evidence[0]).toMatchObject({ source: 'ocr', confidence: expect.any(Number) });
    // One line a person reads per file, with the name and e-mail as parsed.
    expect(stderr).toContain('one-column.pdf  score 100  name Jane Doe  e-mail jane.doe@example.com');
    expect(stderr).toContain('sidebar-right.pdf  score 30  name Alexandra Okonkwo-Reyes  e-mail alexandra.okonkwo@example.org');
    expect(stderr).toContain('chinese.pdf  score 100  name 王晓明  e-mail wang.xiaoming@example.cn');
    expect(stderr).toContain('spanish.pdf  score 100  name José Ramírez Núñez  e-mail jose.ramirez.nunez@example.es');
    expect(stderr).toMatch(
      /scanned-resume\.pdf {2}score 100 {2}name Jordan Avery {2}e-mail jordan\.avery@example\.com {2}\(read by OCR, confidence \d+ %\)/,
    );
    expect(stderr).toContain('scan.pdf  not scored: no_text');
  }, 90_000);

  it('leaves scans unread with --no-ocr', async () => {
    const { stdout } = await run(['--job', path.join(dir, 'job.json'), '--no-ocr', files['scanned-resume.pdf']]);
    expect(jsonLines(stdout)).toEqual([{ file: files['scanned-resume.pdf'], error: expect.objectContaining({ code: 'no_text' }) }]);
  }, 60_000);

  it('exits 0 when every file scored, and reports a missing file as a failed line', async () => {
    const ok = await run(['--job', path.join(dir, 'job.json'), files['one-column.pdf'], files['skills-table.pdf']], 'npm');
    expect(ok.code).toBe(0);
    expect(jsonLines(ok.stdout)).toHaveLength(2);
    const missing = await run(['--job', path.join(dir, 'job.json'), path.join(dir, 'nope.pdf')]);
    expect(missing.code).toBe(1);
    expect(jsonLines(missing.stdout)).toEqual([
      { file: path.join(dir, 'nope.pdf'), error: { code: 'unreadable', message: expect.stringContaining('ENOENT') } },
    ]);
  }, 60_000);

  it('exits 2 with a clear message for bad usage or a bad job.json', async () => {
    const noJob = await run([files['one-column.pdf']]);
    expect(noJob).toMatchObject({ code: 2, stdout: '' });
    expect(noJob.stderr).toContain('Missing --job');
    const bad = await run(['--job', path.join(dir, 'bad-job.json'), files['one-column.pdf']]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('skills.0.name');
    expect(bad.stderr).toContain('skills.0.weight');
    expect(bad.stderr).toContain('skills.0.required');
    const empty = await run(['--job', path.join(dir, 'job.json'), dir]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('No PDF files found');
  }, 60_000);
});
