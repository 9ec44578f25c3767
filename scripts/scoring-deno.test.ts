// The scoring module runs unchanged in Deno (the edge runtime): real Deno, pdf.js from npm, the same score as in Node.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, expect, it } from 'vitest';
import { makeResumePdf } from './make-fixtures.ts';
import { scoreResume, type Skill } from '../supabase/functions/_shared/scoring/index.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const MODULE = path.join(ROOT, 'supabase/functions/_shared/scoring/index.ts');
const DENO = path.join(ROOT, 'node_modules/.bin/deno');
const NOW = '2025-06-15T12:00:00Z';
const skills: Skill[] = [
  { name: 'TypeScript', weight: 5, required: true, aliases: [] },
  { name: 'Node.js', weight: 3, required: false, aliases: [] },
  { name: 'Go', weight: 3, required: false, aliases: ['Golang'] },
  { name: 'Java', weight: 2, required: true, aliases: [] },
];
let dir = '';

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('scores a resume in Deno exactly as in Node', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'scoring-deno-'));
  const pdf = await makeResumePdf({
    name: 'Deno Candidate',
    email: 'deno@example.test',
    phone: '+1 555 0142',
    skillsText: 'TypeScript, Node.js, Golang, JavaScript',
    pages: 2,
  });
  await writeFile(path.join(dir, 'resume.pdf'), pdf);
  const script = [
    `import * as pdfjs from 'npm:pdfjs-dist@4.8.69/legacy/build/pdf.mjs';`,
    `import { scoreResume } from '${pathToFileURL(MODULE).href}';`,
    `const bytes = await Deno.readFile(Deno.args[0]);`,
    `const result = await scoreResume(bytes, ${JSON.stringify(skills)}, pdfjs, { now: new Date('${NOW}') });`,
    `console.log(JSON.stringify(result));`,
  ].join('\n');
  await writeFile(path.join(dir, 'check.ts'), script);

  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    const env = { ...process.env, DENO_DIR: path.join(ROOT, '.supabase-local/deno'), NO_COLOR: '1' };
    // cwd is the temp dir, so no deno.json or package.json around changes how npm: specifiers resolve.
    execFile(DENO, ['run', '--allow-read', '--no-prompt', 'check.ts', 'resume.pdf'], { cwd: dir, env, timeout: 170_000 }, (error, out, err) =>
      error ? reject(new Error(`deno failed: ${error.message}\n${err}`)) : resolve({ stdout: out, stderr: err }),
    );
  });
  const json = stdout.split('\n').find((l) => l.startsWith('{'));
  expect(json, stderr).toBeDefined();
  const inDeno = JSON.parse(json!);
  const inNode = await scoreResume(pdf, skills, pdfjs, { now: new Date(NOW) });
  expect(inDeno).toEqual(JSON.parse(JSON.stringify(inNode)));
  expect(inDeno.score).toBe(40); // Java is required and absent (JavaScript is not Java)
  expect(inDeno.details.matched.map((m: { skill: string }) => m.skill)).toEqual(['TypeScript', 'Node.js', 'Go']);
  expect(inDeno.parsed).toMatchObject({ name: 'Deno Candidate', email: 'deno@example.test', phone: '+1 555 0142', pages: 2 });
}, 180_000);
