// Storage and egress figures against a plan: where the month will end at its current pace, a warning from
// 80 % and a plain recommendation when the plan will be outgrown. Pure, so `npm run usage` (Node) and the
// dashboard panel (browser) say exactly the same thing.

/** Supabase counts usage in GB of 1024³ bytes. */
export const GB = 1024 ** 3;
export const DEFAULT_WARN_AT = 0.8;

export type Plan = { name: string; storageBytes: number; egressBytes: number };
/** The default the issue names: the free tier's 1 GB of storage and 2 GB of egress per month. */
export const FREE_PLAN: Plan = { name: 'Free tier', storageBytes: 1 * GB, egressBytes: 2 * GB };

/** What `public.storage_usage` returns (bigints arrive as numbers or strings depending on the client). */
export type UsageRow = {
  objects: number | string;
  bytes: number | string;
  uploads_this_month: number | string;
  upload_bytes_this_month: number | string;
  downloads_this_month: number | string;
  download_bytes_this_month: number | string;
  month_start: string;
  month_end: string;
  measured_at: string;
};

export type UsageFigures = {
  objects: number;
  bytes: number;
  uploadsThisMonth: number;
  uploadBytesThisMonth: number;
  downloadsThisMonth: number;
  downloadBytesThisMonth: number;
  monthStart: Date;
  monthEnd: Date;
  measuredAt: Date;
};

export type Level = 'ok' | 'warning' | 'over';
export type Meter = {
  /** Now: bytes stored, or bytes downloaded so far this month. */
  used: number;
  /** At the end of the month at this month's pace. */
  projected: number;
  limit: number;
  usedShare: number;
  projectedShare: number;
  /** 'over' once used reaches the limit, 'warning' once used or projected reaches warnAt, else 'ok'. */
  level: Level;
  /** The projection passes the limit: the plan will be outgrown this month. */
  outgrown: boolean;
};

export type UsageReport = {
  figures: UsageFigures;
  plan: Plan;
  warnAt: number;
  storage: Meter;
  egress: Meter;
  warnings: string[];
  recommendation: string | null;
};

export function toFigures(row: UsageRow): UsageFigures {
  return {
    objects: Number(row.objects),
    bytes: Number(row.bytes),
    uploadsThisMonth: Number(row.uploads_this_month),
    uploadBytesThisMonth: Number(row.upload_bytes_this_month),
    downloadsThisMonth: Number(row.downloads_this_month),
    downloadBytesThisMonth: Number(row.download_bytes_this_month),
    monthStart: new Date(row.month_start),
    monthEnd: new Date(row.month_end),
    measuredAt: new Date(row.measured_at),
  };
}

const DAY = 24 * 3600_000;

export function projectUsage(f: UsageFigures, plan: Plan = FREE_PLAN, warnAt = DEFAULT_WARN_AT): UsageReport {
  const month = f.monthEnd.getTime() - f.monthStart.getTime();
  const now = Math.min(Math.max(f.measuredAt.getTime(), f.monthStart.getTime()), f.monthEnd.getTime());
  // At least a day of history, so one upload in the first hour does not project to a month of them every hour.
  const elapsed = Math.max(now - f.monthStart.getTime(), Math.min(DAY, month));
  const remaining = f.monthEnd.getTime() - now;

  const storage = meter(f.bytes, f.bytes + (f.uploadBytesThisMonth / elapsed) * remaining, plan.storageBytes, warnAt);
  const egress = meter(
    f.downloadBytesThisMonth,
    f.downloadBytesThisMonth + (f.downloadBytesThisMonth / elapsed) * remaining,
    plan.egressBytes,
    warnAt,
  );

  const warnings: string[] = [];
  const pct = (share: number) => `${Math.round(share * 100)} %`;
  if (storage.level !== 'ok') {
    warnings.push(
      storage.level === 'over'
        ? `Storage is full: ${formatBytes(storage.used)} stored, the plan includes ${formatBytes(storage.limit)}.`
        : `Storage is at ${pct(storage.usedShare)} of the plan (${formatBytes(storage.used)} of ${formatBytes(storage.limit)}), heading for ${pct(storage.projectedShare)} by the end of the month.`,
    );
  }
  if (egress.level !== 'ok') {
    warnings.push(
      egress.level === 'over'
        ? `Egress is used up: ${formatBytes(egress.used)} of resumes downloaded this month, the plan includes ${formatBytes(egress.limit)}.`
        : `Resume downloads are at ${pct(egress.usedShare)} of the month's egress (${formatBytes(egress.used)} of ${formatBytes(egress.limit)}), heading for ${pct(egress.projectedShare)}.`,
    );
  }

  const end = formatDay(new Date(f.monthEnd.getTime() - 1));
  const advice: string[] = [];
  if (storage.outgrown) {
    advice.push(
      `At this month's pace the bucket will hold ${formatBytes(storage.projected)} by ${end}, more than the ${formatBytes(storage.limit)} in the plan. ` +
        'Move to a larger plan (Supabase Pro includes 100 GB of storage) or delete resumes you no longer need to keep, such as those of long-closed jobs.',
    );
  }
  if (egress.outgrown) {
    advice.push(
      `Resume downloads are on course for ${formatBytes(egress.projected)} this month, more than the ${formatBytes(egress.limit)} of egress in the plan. ` +
        'Move to a larger plan (Supabase Pro includes 250 GB of egress), or have reviewers keep a resume open instead of reopening it.',
    );
  }
  return { figures: f, plan, warnAt, storage, egress, warnings, recommendation: advice.length ? advice.join(' ') : null };
}

function meter(used: number, projected: number, limit: number, warnAt: number): Meter {
  const usedShare = limit > 0 ? used / limit : Infinity;
  const projectedShare = limit > 0 ? projected / limit : Infinity;
  const level: Level = usedShare >= 1 ? 'over' : Math.max(usedShare, projectedShare) >= warnAt ? 'warning' : 'ok';
  return { used, projected, limit, usedShare, projectedShare, level, outgrown: projectedShare > 1 };
}

/** Bytes in Supabase's units (1 KB = 1024 B). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${Math.round(n)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${units[i]}`;
}

export function formatDay(d: Date): string {
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A plan from sizes in GB (either may be fractional, e.g. 0.001 to try the warnings). */
export function planOf(storageGb: number, egressGb: number, name = 'Custom plan'): Plan {
  return { name, storageBytes: storageGb * GB, egressBytes: egressGb * GB };
}
