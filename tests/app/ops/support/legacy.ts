// A legacy app's export in a temp folder: media/resumes/<year>/<name>.pdf as a Django FileField stored them,
// and applications.csv naming them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { textPdf } from '../../../support/pdf.ts';

export type LegacyRow = { job_slug: string; full_name: string; email: string; phone: string; applied_at: string; stage: string; resume: string };

export type LegacyExport = { dir: string; media: string; csv: string; rows: LegacyRow[] };

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

export type PdfFor = (row: LegacyRow) => Uint8Array | Promise<Uint8Array>;

/** One-page text PDFs, fast enough for hundreds of rows; the scorer reads them. */
export const tinyResume: PdfFor = (r) => textPdf([r.full_name, r.email, 'Skills: TypeScript, PostgreSQL, Node.js, React']);

/** Writes `rows` as applications.csv (header first) plus a PDF (from `pdf`) for every resume path not already on disk. */
export async function writeLegacyExport(rows: LegacyRow[], { extraLines = [] as string[], pdf = tinyResume } = {}): Promise<LegacyExport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'legacy-import-'));
  const media = path.join(dir, 'media');
  fs.mkdirSync(media);
  for (const r of rows) {
    const file = path.join(media, r.resume);
    if (!r.resume || fs.existsSync(file) || !file.startsWith(media + path.sep)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await pdf(r));
  }
  const header = 'job_slug,full_name,email,phone,applied_at,stage,resume';
  const lines = [
    header,
    ...rows.map((r) => [r.job_slug, r.full_name, r.email, r.phone, r.applied_at, r.stage, r.resume].map(csvField).join(',')),
    ...extraLines,
  ];
  const csv = path.join(dir, 'applications.csv');
  fs.writeFileSync(csv, `${lines.join('\r\n')}\r\n`);
  return { dir, media, csv, rows };
}

/** `count` good rows for `jobs` (round robin), each with its own resume under resumes/<year>/. */
export function goodRows(count: number, jobs: string[], tag: string): LegacyRow[] {
  const stages = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected'];
  return Array.from({ length: count }, (_, i) => ({
    job_slug: jobs[i % jobs.length],
    full_name: i === 1 ? `O'Brien, Pat ${tag}` : `Candidate ${i + 1} ${tag}`,
    email: `candidate${i + 1}.${tag}@example.com`,
    phone: i % 3 === 0 ? '' : `+1 555 01${String(i).padStart(2, '0')}`,
    applied_at: `202${2 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}T09:30:00Z`,
    stage: stages[i % stages.length],
    resume: `resumes/${2022 + (i % 3)}/candidate_${i + 1}_${tag}.pdf`,
  }));
}
