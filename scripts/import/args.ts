// Command-line flags of `npm run import`.
import { readFlags } from '../cli-flags.ts';

export const USAGE = `Usage: npm run import -- --org <org-slug> --csv <applications.csv> --files <dir> [--dry-run] [--concurrency N] [--json]

Imports legacy applications and their resume PDFs into an organization.
  --org          the organization's slug (its jobs are the only ones rows may name)
  --csv          columns job_slug, full_name, email, phone, applied_at, stage, resume
  --files        the folder the resume paths are relative to (e.g. the old MEDIA_ROOT)
  --dry-run      check every row and report what would happen, without writing anything
  --concurrency  rows uploaded at the same time (default 4)
  --json         print the summary as JSON on stdout
Target: the local stack, or a hosted project with SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY set.`;

export type ImportArgs = { org: string; csv: string; files: string; dryRun: boolean; concurrency: number; json: boolean };

export function parseImportArgs(argv: string[]): ImportArgs | { error: string } | { help: true } {
  const parsed = readFlags(argv, {
    org: { type: 'string' },
    csv: { type: 'string' },
    files: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '4' },
    json: { type: 'boolean', default: false },
  });
  if (!('values' in parsed)) return parsed;
  const { values } = parsed;
  const missing = (['org', 'csv', 'files'] as const).filter((k) => !values[k]);
  if (missing.length) return { error: `missing ${missing.map((m) => `--${m}`).join(', ')}` };
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) return { error: '--concurrency must be a whole number from 1 to 32' };
  return { org: values.org!, csv: values.csv!, files: values.files!, dryRun: values['dry-run']!, concurrency, json: values.json! };
}
