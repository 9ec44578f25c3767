// Every reliability suite ends with `<suite>: N passed, M failed` and leaves its figures where
// `npm run reliability` (scripts/reliability-report.ts) reads them for docs/reliability.md.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach } from 'vitest';
import { ROOT } from '../../../stack/config.ts';

export const FIGURES_DIR = path.join(ROOT, '.supabase-local', 'reliability');

export type Figures = Record<string, number | string | boolean>;

/** Registers the suite's closing line; returns the figures object the suite fills in as it goes. */
export function tally(suite: string): Figures {
  const figures: Figures = {};
  let passed = 0;
  let failed = 0;
  beforeEach(({ onTestFinished }) => {
    onTestFinished(({ task }) => {
      if (task.result?.state === 'pass') passed++;
      else failed++;
    });
  });
  afterAll(() => {
    console.log(`${suite}: ${passed} passed, ${failed} failed`);
    fs.mkdirSync(FIGURES_DIR, { recursive: true });
    fs.writeFileSync(path.join(FIGURES_DIR, `${suite}.json`), `${JSON.stringify({ suite, passed, failed, figures }, null, 2)}\n`);
  });
  return figures;
}
