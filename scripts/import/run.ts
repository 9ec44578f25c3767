// The import of one CSV into one organization: read and check every row, then upload and insert the
// rows not yet imported, a few at a time. Each row ends imported, skipped or failed with a reason;
// nothing about one row stops the others.
import fs from 'node:fs/promises';
import { parseCsv } from './csv.ts';
import { readResume } from './files.ts';
import { applicationId, legacyRef, objectPath } from './identity.ts';
import { Progress, type Counts } from './progress.ts';
import { readHeader, toRow, type ImportRow } from './rows.ts';
import type { Job, Target } from './target.ts';

export type ImportOptions = {
  org: string;
  csv: string;
  files: string;
  dryRun: boolean;
  concurrency: number;
  signal?: AbortSignal;
  progress?: NodeJS.WriteStream;
  /** Test hook: die (SIGKILL) right after this many uploads, before their application rows exist. */
  crashAfterUploads?: number;
};

export type RowOutcome = { line: number; status: 'imported' | 'skipped' | 'failed'; reason?: string; path?: string };

export type ImportSummary = Counts & {
  org: string;
  dryRun: boolean;
  rows: number;
  /** Rows not reached because the run was interrupted. */
  notProcessed: number;
  interrupted: boolean;
  seconds: number;
  outcomes: RowOutcome[];
};

/** A problem with the whole run (no such org, unreadable CSV, no header): nothing was imported. */
export class ImportSetupError extends Error {}

type Planned = { row: ImportRow; job: Job; ref: string; path: string };

export async function runImport(target: Target, o: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const outcomes: RowOutcome[] = [];
  const counts: Counts = { imported: 0, skipped: 0, failed: 0 };
  const record = (outcome: RowOutcome) => {
    outcomes.push(outcome);
    counts[outcome.status]++;
  };

  const text = await fs.readFile(o.csv, 'utf8').catch((e: Error) => {
    throw new ImportSetupError(`Cannot read the CSV ${o.csv}: ${e.message}`);
  });
  await fs.readdir(o.files).catch((e: Error) => {
    throw new ImportSetupError(`Cannot read the --files folder ${o.files}: ${e.message}`);
  });
  const { records, problems } = parseCsv(text);
  const headerRecord = records[0];
  if (!headerRecord || problems.some((p) => p.line < headerRecord.line)) throw new ImportSetupError('The CSV has no readable header line.');
  const head = readHeader(headerRecord);
  if ('error' in head) throw new ImportSetupError(head.error);

  const org = await target.org(o.org);
  if (!org) throw new ImportSetupError(`No organization with the slug "${o.org}".`);

  for (const p of problems) record({ line: p.line, status: 'failed', reason: `malformed CSV: ${p.reason}` });
  const rows: ImportRow[] = [];
  for (const r of records.slice(1)) {
    const result = toRow(r, head.header, head.width);
    if (result.ok) rows.push(result.row);
    else record({ line: result.line, status: 'failed', reason: result.reason });
  }
  const total = rows.length + outcomes.length;

  const jobs = await target.jobs([...new Set(rows.map((r) => r.jobSlug))]);
  const planned: Planned[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    const job = jobs.get(row.jobSlug);
    if (!job) {
      record({ line: row.line, status: 'failed', reason: `unknown job "${row.jobSlug}"` });
      continue;
    }
    if (job.orgId !== org.id) {
      record({ line: row.line, status: 'failed', reason: `job "${row.jobSlug}" belongs to another organization, not ${o.org}` });
      continue;
    }
    const ref = legacyRef(o.org, row);
    const first = firstLineOf.get(ref);
    if (first !== undefined) {
      record({ line: row.line, status: 'skipped', reason: `duplicate of line ${first}` });
      continue;
    }
    firstLineOf.set(ref, row.line);
    planned.push({ row, job, ref, path: objectPath(row.jobSlug, ref) });
  }

  const done = await target.importedRefs(planned.map((p) => p.ref));
  const todo = planned.filter((p) => {
    if (!done.has(p.ref)) return true;
    record({ line: p.row.line, status: 'skipped', reason: 'already imported', path: p.path });
    return false;
  });

  const maxBytes = await target.sizeLimit();
  const progress = new Progress(total, () => counts, o.progress, o.dryRun ? 'to import' : 'imported');
  let uploads = 0;
  let next = 0;
  const importOne = async (p: Planned): Promise<RowOutcome> => {
    const line = p.row.line;
    const resume = await readResume(o.files, p.row.resume, maxBytes);
    if (!resume.ok) {
      // An earlier, interrupted run may have uploaded this row's file before it went bad: clear it.
      if (!o.dryRun && !(await target.hasApplicationFor(p.path))) await target.remove(p.path).catch(() => undefined);
      return { line, status: 'failed', reason: resume.reason };
    }
    if (o.dryRun) return { line, status: 'imported', path: p.path };

    if ((await target.upload(p.path, resume.bytes)) === 'exists') {
      // Left by an interrupted run (the path is derived from the row): keep it when it is this very file.
      const stored = await target.download(p.path);
      if (!stored || !Buffer.from(stored).equals(Buffer.from(resume.bytes))) {
        await target.remove(p.path);
        if ((await target.upload(p.path, resume.bytes)) === 'exists') throw new Error(`another upload holds ${p.path}`);
      }
    }
    uploads++;
    if (o.crashAfterUploads !== undefined && uploads >= o.crashAfterUploads) process.kill(process.pid, 'SIGKILL');

    const inserted = await target
      .insert({
        id: applicationId(p.ref),
        jobId: p.job.id,
        fullName: p.row.fullName,
        email: p.row.email,
        phone: p.row.phone,
        stage: p.row.stage,
        appliedAt: p.row.appliedAt,
        resumePath: p.path,
        resumeSize: resume.bytes.byteLength,
        legacyRef: p.ref,
      })
      .catch(async (e: Error) => {
        await target.remove(p.path).catch(() => undefined);
        throw e;
      });
    return inserted === 'inserted'
      ? { line, status: 'imported', path: p.path }
      : { line, status: 'skipped', reason: 'already imported (by a concurrent run)', path: p.path };
  };

  const worker = async () => {
    while (next < todo.length && !o.signal?.aborted) {
      const p = todo[next++];
      try {
        record(await importOne(p));
      } catch (e) {
        record({ line: p.row.line, status: 'failed', reason: (e as Error).message });
      }
      progress.tick();
    }
  };
  progress.tick();
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, todo.length)) }, worker));
  progress.finish();

  outcomes.sort((a, b) => a.line - b.line);
  return {
    ...counts,
    org: o.org,
    dryRun: o.dryRun,
    rows: total,
    notProcessed: todo.length - Math.min(next, todo.length),
    interrupted: Boolean(o.signal?.aborted),
    seconds: (Date.now() - started) / 1000,
    outcomes,
  };
}
