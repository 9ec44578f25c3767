// Hiring analytics for the current organization or one of its jobs: funnel with conversion, median time in stage,
// applications per week, sources, score distribution — each a chart with a table alternative.
import { cardClass } from '@/components/ui/card';
import { LoadingState } from '@/components/ui/loading-state';
import { QueryError } from '@/components/ui/query-error';
import { STAGE_LABELS } from '@/lib/stages';
import { useHiringAnalytics, type HiringAnalytics } from '../api/get-analytics.ts';
import { BarChart } from './bar-chart.tsx';

const week = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)} %` : '–');
const duration = (hours: number) =>
  hours >= 48 ? `${(hours / 24).toFixed(1)} days` : hours >= 1 ? `${hours.toFixed(1)} hours` : `${Math.round(hours * 60)} minutes`;

export function AnalyticsView({ orgId, jobId }: { orgId: string; jobId: string | null }) {
  const analytics = useHiringAnalytics(orgId, jobId);
  if (analytics.isPending) return <LoadingState label="Loading the figures…" />;
  if (analytics.isError)
    return (
      <QueryError
        title="The figures could not be loaded"
        error={analytics.error}
        onRetry={() => analytics.refetch()}
        retrying={analytics.isFetching}
      />
    );
  return <Figures data={analytics.data} />;
}

function Figures({ data }: { data: HiringAnalytics }) {
  const applied = data.funnel[0]?.reached ?? 0;
  const hired = data.funnel.at(-1)?.reached ?? 0;
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ['Applications', data.total.toLocaleString()],
          ['Hired', `${hired.toLocaleString()} (${percent(hired, applied)})`],
          ['Rejected', data.rejected.toLocaleString()],
          ['Not scored yet', data.unscored.toLocaleString()],
        ].map(([label, value]) => (
          <div key={label} className={`${cardClass} p-3`}>
            <dt className="text-xs font-medium text-slate-600">{label}</dt>
            <dd className="mt-1 text-xl font-semibold text-slate-900 tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {data.total === 0 && <p className="text-sm text-slate-600">No applications yet: the charts fill in as candidates apply.</p>}
      <div className="grid gap-5 lg:grid-cols-2">
        <BarChart
          title="Funnel: applications that reached each stage"
          valueLabel="Applications"
          bars={data.funnel.map((f, i) => ({
            label: STAGE_LABELS[f.stage],
            value: f.reached,
            note: i === 0 ? undefined : `${percent(f.reached, data.funnel[i - 1].reached)} of ${STAGE_LABELS[data.funnel[i - 1].stage]}`,
          }))}
        />
        <BarChart
          title="Median time in stage (hours)"
          valueLabel="Median hours"
          bars={data.time_in_stage.map((t) => ({
            label: STAGE_LABELS[t.stage],
            value: t.median_hours,
            note: `${duration(t.median_hours)}; ${t.moves} ${t.moves === 1 ? 'move' : 'moves'} on`,
          }))}
        />
        <BarChart
          title="Applications per week"
          valueLabel="Applications"
          bars={data.per_week.map((w) => ({ label: `Week of ${week.format(new Date(`${w.week}T00:00:00`))}`, value: w.applications }))}
        />
        <BarChart
          title="Sources"
          valueLabel="Applications"
          bars={data.sources.map((s) => ({ label: s.source, value: s.applications, note: `${s.hired} hired` }))}
        />
        <BarChart
          title="Score distribution"
          valueLabel="Applications"
          bars={data.scores.map((s) => ({ label: `${s.from}–${s.to}`, value: s.applications }))}
        />
      </div>
    </div>
  );
}
