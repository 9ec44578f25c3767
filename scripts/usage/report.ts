// The text `npm run usage` prints: figures, projection against the plan, warnings and the recommendation.
import { formatBytes, formatDay, type Meter, type UsageReport } from '../../src/lib/usage-projection.ts';

export function formatUsage(r: UsageReport, scope: string): string {
  const f = r.figures;
  const n = (x: number) => x.toLocaleString('en-US');
  const pct = (share: number) => `${Math.round(share * 100)} %`;
  const flag = (m: Meter) => (m.level === 'over' ? '  ✖ over the plan' : m.level === 'warning' ? '  ⚠' : '');
  const end = formatDay(new Date(f.monthEnd.getTime() - 1));
  const lines = [
    `Storage usage of the resumes bucket — ${scope}`,
    `  month      ${formatDay(f.monthStart)} – ${end} (UTC), measured ${f.measuredAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `  stored     ${n(f.objects)} object${f.objects === 1 ? '' : 's'}, ${formatBytes(f.bytes)}`,
    `  uploads    ${n(f.uploadsThisMonth)} this month, ${formatBytes(f.uploadBytesThisMonth)}`,
    `  downloads  ${n(f.downloadsThisMonth)} signed URL${f.downloadsThisMonth === 1 ? '' : 's'} issued this month, ${formatBytes(f.downloadBytesThisMonth)}`,
    '',
    `  plan       ${r.plan.name}: ${formatBytes(r.plan.storageBytes)} storage, ${formatBytes(r.plan.egressBytes)} egress a month; warning from ${pct(r.warnAt)}`,
    `  storage    now ${formatBytes(r.storage.used)} (${pct(r.storage.usedShare)}), by ${end} ~${formatBytes(r.storage.projected)} (${pct(r.storage.projectedShare)})${flag(r.storage)}`,
    `  egress     so far ${formatBytes(r.egress.used)} (${pct(r.egress.usedShare)}), by ${end} ~${formatBytes(r.egress.projected)} (${pct(r.egress.projectedShare)})${flag(r.egress)}`,
  ];
  if (r.warnings.length) lines.push('', ...r.warnings.map((w) => `⚠ ${w}`));
  if (r.recommendation) lines.push('', `Recommendation: ${r.recommendation}`);
  if (!r.warnings.length && !r.recommendation) lines.push('', 'Within the plan, with room to spare.');
  lines.push(
    '',
    'Egress here is resume downloads (each signed URL counted as one full download); the project’s other traffic is on the Supabase usage page.',
  );
  return lines.join('\n');
}
