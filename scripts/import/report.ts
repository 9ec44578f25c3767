// The final summary a person reads after an import (or a dry run), one line per row that did not import.
import type { ImportSummary } from './run.ts';

export function formatSummary(s: ImportSummary, csv: string): string {
  const out: string[] = [];
  const verb = s.dryRun ? 'would import' : 'imported';
  out.push(
    `${s.dryRun ? 'Dry run: nothing was written. ' : ''}${csv} → organization ${s.org}: ${s.rows} row${s.rows === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s`,
  );
  out.push(`  ${verb.padEnd(12)} ${s.imported}${s.imported && !s.dryRun ? ' (queued for scoring)' : ''}`);
  const skipReasons = tally(s.outcomes.filter((o) => o.status === 'skipped').map((o) => o.reason ?? 'skipped'));
  out.push(`  ${'skipped'.padEnd(12)} ${s.skipped}${skipReasons ? ` (${skipReasons})` : ''}`);
  out.push(`  ${'failed'.padEnd(12)} ${s.failed}`);
  if (s.interrupted) out.push(`  ${'not reached'.padEnd(12)} ${s.notProcessed} (interrupted: run the same command again to continue)`);
  const failed = s.outcomes.filter((o) => o.status === 'failed');
  if (failed.length) {
    out.push('', 'Failed rows (fix them and run the same command again; imported rows are skipped):');
    for (const f of failed) out.push(`  line ${f.line}: ${f.reason}`);
  }
  return out.join('\n');
}

function tally(reasons: string[]): string {
  const byKind = new Map<string, number>();
  for (const r of reasons) {
    const kind = r.startsWith('duplicate of line') ? 'duplicate rows' : r;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  return [...byKind].map(([k, n]) => `${n} ${k}`).join(', ');
}
