// Command-line flags of `npm run usage`; the plan also comes from USAGE_PLAN_STORAGE_GB / USAGE_PLAN_EGRESS_GB.
import { readFlags } from '../cli-flags.ts';
import { DEFAULT_WARN_AT, FREE_PLAN, GB, planOf, type Plan } from '../../src/lib/usage-projection.ts';

export const USAGE = `Usage: npm run usage -- [--org <org-slug>] [--storage-gb N] [--egress-gb N] [--warn-at PERCENT] [--json]

Objects and bytes in the resumes bucket, uploads and downloads this month, and the month-end projection
against a plan (default: the free tier, 1 GB storage and 2 GB egress a month).
  --org          one organization instead of the whole bucket
  --storage-gb   storage included in the plan (env USAGE_PLAN_STORAGE_GB)
  --egress-gb    egress included per month (env USAGE_PLAN_EGRESS_GB)
  --warn-at      warn from this share of the plan, in percent (env USAGE_WARN_AT, default 80)
  --json         print the figures as JSON
Target: the local stack, or a hosted project with SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY set.`;

export type UsageArgs = { org?: string; plan: Plan; warnAt: number; json: boolean };

export function parseUsageArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): UsageArgs | { error: string } | { help: true } {
  const parsed = readFlags(argv, {
    org: { type: 'string' },
    'storage-gb': { type: 'string' },
    'egress-gb': { type: 'string' },
    'warn-at': { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (!('values' in parsed)) return parsed;
  const { values } = parsed;

  const number = (flag: string, raw: string | undefined, fallback: number): number | string => {
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw);
    return Number.isFinite(n) && n > 0 ? n : `${flag} must be a positive number, not "${raw}"`;
  };
  const storageGb = number('--storage-gb', values['storage-gb'] ?? env.USAGE_PLAN_STORAGE_GB, FREE_PLAN.storageBytes / GB);
  const egressGb = number('--egress-gb', values['egress-gb'] ?? env.USAGE_PLAN_EGRESS_GB, FREE_PLAN.egressBytes / GB);
  const warnAt = number('--warn-at', values['warn-at'] ?? env.USAGE_WARN_AT, DEFAULT_WARN_AT * 100);
  for (const v of [storageGb, egressGb, warnAt]) if (typeof v === 'string') return { error: v };
  const plan =
    storageGb === FREE_PLAN.storageBytes / GB && egressGb === FREE_PLAN.egressBytes / GB
      ? FREE_PLAN
      : planOf(storageGb as number, egressGb as number);
  return { org: values.org, plan, warnAt: (warnAt as number) / 100, json: values.json! };
}
