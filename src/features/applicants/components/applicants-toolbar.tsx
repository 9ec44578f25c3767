// Search by name or email, filter by stage, export every matching row as CSV.
import { useEffect, useState } from 'react';
import { STAGES, STAGE_LABELS, type ListParams, type Stage } from '../types.ts';
import { inputClass } from './styles.ts';

export function ApplicantsToolbar({
  params,
  onChange,
  exportButton,
}: {
  params: ListParams;
  onChange: (change: Partial<Omit<ListParams, 'jobId'>>) => void;
  exportButton: React.ReactNode;
}) {
  const [q, setQ] = useState(params.q);
  // Follow the URL when it changes from outside (back button, a link).
  const [urlQ, setUrlQ] = useState(params.q);
  if (params.q !== urlQ) {
    setUrlQ(params.q);
    setQ(params.q);
  }
  useEffect(() => {
    if (q.trim() === params.q.trim()) return;
    const timer = setTimeout(() => onChange({ q: q.trim() }), 300);
    return () => clearTimeout(timer);
  }, [q, params.q, onChange]);

  return (
    <div className="flex flex-wrap items-end gap-3" role="search" aria-label="Applicants">
      <div className="min-w-56 flex-1">
        <label htmlFor="applicant-search" className="block text-xs font-medium text-slate-600">
          Search name or email
        </label>
        <input
          id="applicant-search"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onChange({ q: q.trim() });
          }}
          placeholder="e.g. Lovelace or @example.com"
          className={`mt-1 ${inputClass}`}
        />
      </div>
      <div>
        <label htmlFor="applicant-stage" className="block text-xs font-medium text-slate-600">
          Stage
        </label>
        <select
          id="applicant-stage"
          value={params.stage ?? ''}
          onChange={(e) => onChange({ stage: (e.target.value || null) as Stage | null })}
          className={`mt-1 ${inputClass} pr-8`}
        >
          <option value="">All stages</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {exportButton}
    </div>
  );
}
