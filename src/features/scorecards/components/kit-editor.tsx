// A job's interview kit in the job editor: the criteria interviewers rate (name, optional guidance), in order.
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { controlClass } from '@/components/ui/field';
import { errorMessage } from '@/lib/errors';
import { hasVisibleText } from '@/lib/visible-text';
import { useInterviewKit } from '../api/get-kit.ts';
import { useSaveInterviewKit } from '../api/save-kit.ts';
import type { Criterion } from '../types.ts';

type Draft = { key: string; id: string; name: string; guidance: string };

const slugOf = (name: string, taken: Set<string>) => {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'criterion';
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
};

const toDrafts = (criteria: Criterion[]): Draft[] => criteria.map((c) => ({ key: c.id, id: c.id, name: c.name, guidance: c.guidance ?? '' }));

export function InterviewKitEditor({ jobId, readOnly }: { jobId: string; readOnly: boolean }) {
  const kit = useInterviewKit(jobId);
  if (kit.isPending) return <p className="text-sm text-slate-500">Loading the interview kit…</p>;
  if (kit.isError) return <Alert tone="error">The interview kit could not be loaded: {errorMessage(kit.error)}</Alert>;
  return <Editor jobId={jobId} initial={kit.data?.criteria ?? []} exists={!!kit.data} readOnly={readOnly} />;
}

function Editor({ jobId, initial, exists, readOnly }: { jobId: string; initial: Criterion[]; exists: boolean; readOnly: boolean }) {
  const save = useSaveInterviewKit(jobId);
  const [rows, setRows] = useState<Draft[]>(() => (initial.length ? toDrafts(initial) : [{ key: 'first', id: '', name: '', guidance: '' }]));
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState(false);
  const update = (key: string, patch: Partial<Draft>) => {
    setSaved(false);
    setRows((r) => r.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  };

  const onSave = (e: React.FormEvent) => {
    e.preventDefault();
    const filled = rows.filter((r) => r.name.trim() || r.guidance.trim());
    if (!filled.length) return setProblem('Add at least one criterion.');
    if (filled.some((r) => !hasVisibleText(r.name))) return setProblem('Each criterion needs a name.');
    if (filled.length > 20) return setProblem('A kit holds at most 20 criteria.');
    setProblem('');
    const taken = new Set<string>();
    const criteria: Criterion[] = filled.map((r) => {
      const id = r.id || slugOf(r.name, taken);
      taken.add(id);
      return { id, name: r.name.trim(), ...(r.guidance.trim() ? { guidance: r.guidance.trim() } : {}) };
    });
    save.mutate(
      { criteria, exists },
      {
        onSuccess: () => {
          // The saved ids from now on, so a renamed criterion keeps the ratings already given to it.
          setRows(filled.map((r, i) => ({ ...r, id: criteria[i].id })));
          setSaved(true);
        },
      },
    );
  };

  return (
    <section id="interview-kit" aria-labelledby="interview-kit-heading" className={`${cardClass} p-5`}>
      <h2 id="interview-kit-heading" className="text-lg font-semibold text-slate-900">
        Interview kit
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        The criteria each interviewer rates from 1 to 4 on an applicant’s scorecard, with an overall recommendation.
      </p>
      <form onSubmit={onSave} noValidate className="mt-4 space-y-3">
        <ol className="space-y-3">
          {rows.map((r, i) => (
            <li key={r.key} className="grid gap-2 sm:grid-cols-[1fr_1.5fr_auto] sm:items-end">
              <label className="block text-xs font-medium text-slate-600">
                Criterion {i + 1}
                <input
                  className={`${controlClass} mt-1`}
                  value={r.name}
                  maxLength={100}
                  disabled={readOnly}
                  onChange={(e) => update(r.key, { name: e.target.value })}
                />
              </label>
              <label className="block text-xs font-medium text-slate-600">
                Guidance for interviewers (optional)
                <input
                  className={`${controlClass} mt-1`}
                  value={r.guidance}
                  maxLength={500}
                  disabled={readOnly}
                  onChange={(e) => update(r.key, { guidance: e.target.value })}
                />
              </label>
              {!readOnly && (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  aria-label={`Remove criterion ${i + 1}${r.name ? ` (${r.name})` : ''}`}
                  onClick={() => setRows((x) => x.filter((y) => y.key !== r.key))}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ol>
        {problem && <Alert tone="error">{problem}</Alert>}
        {save.error && <Alert tone="error">The kit was not saved: {errorMessage(save.error)}</Alert>}
        {saved && <Alert tone="success">Interview kit saved.</Alert>}
        {!readOnly && (
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="secondary"
              size="sm"
              disabled={rows.length >= 20}
              onClick={() => setRows((x) => [...x, { key: crypto.randomUUID(), id: '', name: '', guidance: '' }])}
            >
              Add a criterion
            </Button>
            <Button type="submit" size="sm" busy={save.isPending}>
              Save the interview kit
            </Button>
          </div>
        )}
      </form>
    </section>
  );
}
