// The organisation's rejection reasons: add one, rename, archive (kept on past rejections, no longer offered) or
// offer an archived one again. Order is the order the reject dialog lists them in.
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { controlClass } from '@/components/ui/field';
import { errorMessage } from '@/lib/errors';
import { useRejectionReasonMutations, useRejectionReasons, type RejectionReason } from '../api/rejection-reasons.ts';

const MAX_LABEL = 120;

export function RejectionReasonsEditor({ orgId }: { orgId: string }) {
  const reasons = useRejectionReasons(orgId);
  const { add, update } = useRejectionReasonMutations(orgId);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  const onAdd = (e: React.FormEvent) => {
    e.preventDefault();
    const text = label.trim();
    if (!text) return setError('Type the reason to add.');
    if (text.length > MAX_LABEL) return setError(`A reason has at most ${MAX_LABEL} characters.`);
    setError(null);
    const position = Math.max(0, ...(reasons.data ?? []).map((r) => r.position)) + 1;
    add.mutate({ label: text, position }, { onSuccess: () => setLabel(''), onError: (err) => setError(errorMessage(err)) });
  };

  return (
    <section aria-labelledby="reasons-heading" className={`${cardClass} p-4 sm:p-5`}>
      <h2 id="reasons-heading" className="text-base font-semibold text-slate-900">
        Rejection reasons
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Recruiters pick one each time they reject; they are counted in Analytics and never shown to candidates.
      </p>
      {reasons.isPending ? (
        <p className="mt-3 text-sm text-slate-500">Loading…</p>
      ) : reasons.isError ? (
        <Alert tone="error">{errorMessage(reasons.error)}</Alert>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {reasons.data.map((r) => (
            <ReasonRow key={r.id} reason={r} onChange={(change) => update.mutateAsync({ id: r.id, change })} />
          ))}
        </ul>
      )}
      <form onSubmit={onAdd} noValidate className="mt-4 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
            New reason
          </label>
          <input
            id={inputId}
            value={label}
            maxLength={MAX_LABEL + 20}
            onChange={(e) => setLabel(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className={`mt-1.5 ${controlClass}`}
          />
        </div>
        <Button type="submit" busy={add.isPending}>
          Add reason
        </Button>
        {error && (
          <p id={errorId} role="alert" className="w-full text-sm font-medium text-rose-700">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

function ReasonRow({ reason, onChange }: { reason: RejectionReason; onChange: (change: Partial<RejectionReason>) => Promise<unknown> }) {
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(reason.label);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const run = async (change: Partial<RejectionReason>) => {
    setBusy(true);
    setError(null);
    try {
      await onChange(change);
      setEditing(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
      {editing ? (
        <form
          className="flex min-w-0 flex-1 flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const text = label.trim();
            if (!text || text.length > MAX_LABEL) return setError(`A reason needs 1 to ${MAX_LABEL} characters.`);
            void run({ label: text });
          }}
        >
          <label htmlFor={inputId} className="sr-only">
            Rename “{reason.label}”
          </label>
          <input id={inputId} value={label} onChange={(e) => setLabel(e.target.value)} className={`min-w-0 flex-1 ${controlClass}`} autoFocus />
          <Button type="submit" size="sm" busy={busy}>
            Save
          </Button>
          <Button variant="ghost" size="sm" onClick={() => (setEditing(false), setLabel(reason.label), setError(null))}>
            Cancel
          </Button>
        </form>
      ) : (
        <>
          <span className={reason.archived ? 'text-slate-500 line-through' : 'text-slate-900'}>
            {reason.label}
            {reason.archived && <span className="sr-only"> (archived)</span>}
          </span>
          <span className="flex gap-2">
            <Button variant="ghost" size="sm" onClick={() => setEditing(true)} aria-label={`Rename “${reason.label}”`}>
              Rename
            </Button>
            <Button
              variant="secondary"
              size="sm"
              busy={busy}
              onClick={() => void run({ archived: !reason.archived })}
              aria-label={`${reason.archived ? 'Offer again' : 'Archive'} “${reason.label}”`}
            >
              {reason.archived ? 'Offer again' : 'Archive'}
            </Button>
          </span>
        </>
      )}
      {error && (
        <p role="alert" className="w-full text-sm font-medium text-rose-700">
          {error}
        </p>
      )}
    </li>
  );
}
