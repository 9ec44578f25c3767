// Turns CSV records into import rows: the header names the columns, each record is checked the way the
// database will check it (so a bad row fails here with a reason, before anything is uploaded).
import { hasVisibleText } from '../../src/lib/visible-text.ts';
import type { CsvRecord } from './csv.ts';

export const COLUMNS = ['job_slug', 'full_name', 'email', 'phone', 'applied_at', 'stage', 'resume'] as const;
export const STAGES = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected'] as const;
export type Stage = (typeof STAGES)[number];

export type ImportRow = {
  line: number;
  jobSlug: string;
  fullName: string;
  email: string;
  phone: string | null;
  appliedAt: Date;
  stage: Stage;
  /** The path as the old FileField stored it, relative to --files. */
  resume: string;
};

export type RowResult = { ok: true; row: ImportRow } | { ok: false; line: number; reason: string; jobSlug?: string };

type Header = Record<(typeof COLUMNS)[number], number>;

/** The column positions named by the header record, or what is missing. */
export function readHeader(record: CsvRecord): { header: Header; width: number } | { error: string } {
  const names = record.fields.map((f) => f.trim().toLowerCase());
  const missing = COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) return { error: `line ${record.line}: the header lacks the column(s) ${missing.join(', ')} (expected ${COLUMNS.join(',')})` };
  const header = Object.fromEntries(COLUMNS.map((c) => [c, names.indexOf(c)])) as Header;
  return { header, width: names.length };
}

// The same shapes the database's check constraints enforce on applications and jobs.
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO 8601 date (`2023-04-01`) or date-time (`2023-04-01T10:22:33Z`, Django's `2023-04-01 10:22:33+00:00`); no zone means UTC. */
export function parseAppliedAt(value: string, now = new Date()): Date | string {
  const m = ISO_DATE.exec(value);
  if (!m) return `applied_at "${value}" is not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)`;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', zone] = m;
  const calendar = new Date(Date.UTC(+y, +mo - 1, +d));
  if (calendar.getUTCFullYear() !== +y || calendar.getUTCMonth() !== +mo - 1 || calendar.getUTCDate() !== +d || +h > 23 || +mi > 59 || +sec > 59) {
    return `applied_at "${value}" is not a real date`;
  }
  const tz = !zone || zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${sec}${value.match(/\.\d+/)?.[0] ?? ''}${tz}`);
  if (Number.isNaN(at.getTime())) return `applied_at "${value}" is not a real date`;
  if (at.getTime() > now.getTime() + 24 * 3600_000) return `applied_at "${value}" is in the future`;
  return at;
}

export function toRow(record: CsvRecord, header: Header, width: number, now = new Date()): RowResult {
  const fail = (reason: string, jobSlug?: string): RowResult => ({ ok: false, line: record.line, reason, jobSlug });
  if (record.fields.length !== width) return fail(`expected ${width} fields like the header, found ${record.fields.length}`);
  const get = (c: (typeof COLUMNS)[number]) => record.fields[header[c]].trim();

  const jobSlug = get('job_slug');
  if (!jobSlug) return fail('job_slug is empty');
  if (!SLUG.test(jobSlug)) return fail(`unknown job "${jobSlug}" (not a job slug)`);
  const fullName = get('full_name');
  if (!fullName) return fail('full_name is empty', jobSlug);
  if (!hasVisibleText(fullName)) return fail('full_name has only invisible characters', jobSlug);
  if (fullName.length > 200) return fail('full_name is longer than 200 characters', jobSlug);
  const email = get('email');
  if (!EMAIL.test(email) || email.length > 254) return fail(`email "${email}" is not an email address`, jobSlug);
  const phone = get('phone');
  if (phone.length > 40) return fail('phone is longer than 40 characters', jobSlug);
  const appliedAt = parseAppliedAt(get('applied_at'), now);
  if (typeof appliedAt === 'string') return fail(appliedAt, jobSlug);
  const stage = (get('stage') || 'applied').toLowerCase();
  if (!(STAGES as readonly string[]).includes(stage)) return fail(`stage "${get('stage')}" is not one of ${STAGES.join(', ')}`, jobSlug);
  const resume = get('resume');
  if (!resume) return fail('resume is empty', jobSlug);

  return { ok: true, row: { line: record.line, jobSlug, fullName, email, phone: phone || null, appliedAt, stage: stage as Stage, resume } };
}
