// A horizontal bar chart as SVG for sighted readers, with the same figures as a table for everyone else (and for
// anyone who prefers numbers): the SVG is hidden from screen readers, the table is the accessible version.
import { useId, useState } from 'react';
import { cardClass } from '@/components/ui/card';

export type Bar = { label: string; value: number; note?: string };

const ROW = 28;
const LABEL_WIDTH = 132;

export function BarChart({ title, bars, unit, valueLabel }: { title: string; bars: Bar[]; unit?: string; valueLabel: string }) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const format = (v: number) => `${v.toLocaleString()}${unit ? ` ${unit}` : ''}`;
  return (
    <figure aria-labelledby={`${id}-title`} className={`${cardClass} p-4`}>
      <div className="flex items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          {title}
        </h2>
        <button type="button" className="text-xs font-medium text-indigo-700 underline" aria-pressed={asTable} onClick={() => setAsTable((t) => !t)}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      {bars.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">Nothing to show yet.</p>
      ) : (
        <>
          {!asTable && (
            <svg aria-hidden="true" className="mt-3 w-full" viewBox={`0 0 480 ${bars.length * ROW}`} preserveAspectRatio="xMinYMin meet">
              {bars.map((b, i) => {
                const width = ((480 - LABEL_WIDTH - 64) * b.value) / max;
                return (
                  <g key={b.label} transform={`translate(0 ${i * ROW})`}>
                    <text x={LABEL_WIDTH - 8} y={ROW / 2 + 4} textAnchor="end" className="fill-slate-700 text-[12px]">
                      {b.label}
                    </text>
                    <rect x={LABEL_WIDTH} y={5} width={Math.max(width, b.value > 0 ? 2 : 0)} height={ROW - 10} rx={3} className="fill-indigo-500" />
                    <text x={LABEL_WIDTH + width + 6} y={ROW / 2 + 4} className="fill-slate-900 text-[12px]">
                      {format(b.value)}
                      {b.note ? ` · ${b.note}` : ''}
                    </text>
                  </g>
                );
              })}
            </svg>
          )}
          <table className={asTable ? 'mt-3 w-full text-left text-sm' : 'sr-only'}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="text-xs text-slate-600">
                <th scope="col" className="py-1 font-medium">
                  Category
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {valueLabel}
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.label} className="border-t border-slate-100">
                  <th scope="row" className="py-1 font-normal text-slate-800">
                    {b.label}
                  </th>
                  <td className="py-1 text-right tabular-nums text-slate-900">
                    {format(b.value)}
                    {b.note ? ` (${b.note})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
