// One plan allowance as a bar: what is used now, and (lighter) where the month is heading.
import { formatBytes, type Meter } from '@/lib/usage-projection';

const TONE = {
  ok: { used: 'bg-indigo-600', projected: 'bg-indigo-200', text: 'text-slate-600' },
  warning: { used: 'bg-amber-500', projected: 'bg-amber-200', text: 'text-amber-900' },
  over: { used: 'bg-rose-600', projected: 'bg-rose-200', text: 'text-rose-800' },
} as const;

export function UsageMeter({ label, meter, monthEnd }: { label: string; meter: Meter; monthEnd: string }) {
  const pct = (share: number) => Math.round(share * 100);
  const width = (share: number) => `${Math.min(100, Math.max(0, share * 100))}%`;
  const tone = TONE[meter.level];
  const summary = `${formatBytes(meter.used)} of ${formatBytes(meter.limit)} (${pct(meter.usedShare)} %); about ${formatBytes(meter.projected)} (${pct(meter.projectedShare)} %) by ${monthEnd}`;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium text-slate-900">{label}</span>
        <span className={tone.text}>
          {formatBytes(meter.used)} / {formatBytes(meter.limit)} · {pct(meter.usedShare)} %
        </span>
      </div>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, pct(meter.usedShare))}
        aria-valuetext={summary}
        className="relative mt-1 h-2.5 overflow-hidden rounded-full bg-slate-100"
      >
        <div className={`absolute inset-y-0 left-0 ${tone.projected}`} style={{ width: width(meter.projectedShare) }} />
        <div className={`absolute inset-y-0 left-0 ${tone.used}`} style={{ width: width(meter.usedShare) }} />
      </div>
      <p className="mt-1 text-xs text-slate-500">
        About {formatBytes(meter.projected)} ({pct(meter.projectedShare)} %) by {monthEnd} at this month’s pace.
      </p>
    </div>
  );
}
