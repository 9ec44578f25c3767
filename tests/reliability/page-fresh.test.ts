// docs/reliability.md is written by `npm run reliability`; this fails when the catalogue or the RLS matrix has grown or
// shrunk since, so the published counts never drift from the suites (regenerate the page in the same change).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES } from './catalogue/index.ts';
import { ACTORS, MATRIX } from './rls-matrix.ts';

const page = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'docs', 'reliability.md'), 'utf8');
const triedFor = (title: string) => {
  const row = page.split('\n').find((line) => line.startsWith(`| ${title} |`));
  return row ? Number(row.split('|')[2].trim()) : NaN;
};

describe('docs/reliability.md is current', () => {
  // Each suite has one self-check test besides its cases (bad-input.test.ts, rls-matrix.test.ts).
  it('counts every bad-input case', () => {
    expect(triedFor('bad-input catalogue (through the HTTP API)'), 'run `npm run reliability`').toBe(CASES.length + 1);
  });
  it('counts every RLS matrix cell', () => {
    expect(triedFor('RLS matrix (actor × table or bucket × operation)'), 'run `npm run reliability`').toBe(MATRIX.length * ACTORS.length + 1);
  });
});
