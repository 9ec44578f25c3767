import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readResume } from './files.ts';

let dir: string;
let root: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-files-'));
  root = path.join(dir, 'media');
  fs.mkdirSync(path.join(root, 'resumes'), { recursive: true });
  fs.writeFileSync(path.join(root, 'resumes', 'ok.pdf'), '%PDF-1.4\n%%EOF\n');
  fs.writeFileSync(path.join(root, 'resumes', 'word.pdf'), 'PK\u0003\u0004 not a pdf');
  fs.writeFileSync(path.join(root, 'resumes', 'empty.pdf'), '');
  fs.writeFileSync(path.join(root, 'resumes', 'big.pdf'), Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048)]));
  fs.writeFileSync(path.join(dir, 'secret.pdf'), '%PDF-1.4\n');
  fs.symlinkSync(path.join(dir, 'secret.pdf'), path.join(root, 'resumes', 'link.pdf'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('reads a PDF inside --files', async () => {
  const r = await readResume(root, 'resumes/ok.pdf', 1024);
  expect(r.ok && Buffer.from(r.bytes).toString()).toBe('%PDF-1.4\n%%EOF\n');
});

it.each([
  ['resumes/missing.pdf', /resume file not found: resumes\/missing.pdf/],
  ['resumes/word.pdf', /is not a PDF/],
  ['resumes/empty.pdf', /is empty/],
  ['resumes/big.pdf', /larger than the bucket's 0 MiB limit \(2,057 bytes\)/],
  ['../secret.pdf', /points outside --files/],
  ['resumes/../../secret.pdf', /points outside --files/],
  ['/etc/passwd', /is absolute/],
  ['resumes/link.pdf', /outside --files \(through a symlink\)/],
  ['resumes', /is not a file/],
])('refuses %s', async (relative, reason) => {
  const r = await readResume(root, relative, 1024);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason).toMatch(reason);
});
