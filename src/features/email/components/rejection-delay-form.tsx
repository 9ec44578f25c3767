// How long a rejection email waits before it goes, so a recruiter can still cancel it (0 sends at once).
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { controlClass } from '@/components/ui/field';
import { errorMessage } from '@/lib/errors';
import { formatDelay, useRejectionDelay, useSetRejectionDelay } from '../api/email-settings.ts';

const MAX_MINUTES = 43200;

export function RejectionDelayForm({ orgId }: { orgId: string }) {
  const delay = useRejectionDelay(orgId);
  return (
    <section aria-labelledby="delay-heading" className={`${cardClass} p-4 sm:p-5`}>
      <h2 id="delay-heading" className="text-base font-semibold text-slate-900">
        Rejection email delay
      </h2>
      <p className="mt-1 text-sm text-slate-600">A rejection email waits this long, so whoever rejected by mistake can cancel it.</p>
      {delay.isPending ? (
        <p className="mt-3 text-sm text-slate-500">Loading…</p>
      ) : delay.isError ? (
        <Alert tone="error">{errorMessage(delay.error)}</Alert>
      ) : (
        <DelayForm orgId={orgId} minutes={delay.data} />
      )}
    </section>
  );
}

function DelayForm({ orgId, minutes }: { orgId: string; minutes: number }) {
  const save = useSetRejectionDelay(orgId);
  const [hours, setHours] = useState(String(Math.floor(minutes / 60)));
  const [mins, setMins] = useState(String(minutes % 60));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const hoursId = useId();
  const minsId = useId();
  const errorId = useId();

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const h = Number(hours || '0');
    const m = Number(mins || '0');
    const total = h * 60 + m;
    if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || m < 0 || m > 59 || total > MAX_MINUTES) {
      setError('Enter whole hours (0–720) and minutes (0–59), at most 30 days in all.');
      return;
    }
    setError(null);
    save.mutate(total, { onSuccess: () => setSaved(true), onError: (err) => setError(errorMessage(err)) });
  };

  const described = error ? errorId : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor={hoursId} className="block text-sm font-medium text-slate-900">
          Hours
        </label>
        <input
          id={hoursId}
          inputMode="numeric"
          value={hours}
          onChange={(e) => setHours(e.target.value.trim())}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          className={`mt-1.5 w-24 ${controlClass}`}
        />
      </div>
      <div>
        <label htmlFor={minsId} className="block text-sm font-medium text-slate-900">
          Minutes
        </label>
        <input
          id={minsId}
          inputMode="numeric"
          value={mins}
          onChange={(e) => setMins(e.target.value.trim())}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          className={`mt-1.5 w-24 ${controlClass}`}
        />
      </div>
      <Button type="submit" busy={save.isPending}>
        Save delay
      </Button>
      <p className="w-full text-sm text-slate-600">
        Now: rejection emails are sent {minutes <= 0 ? 'at once' : `${formatDelay(minutes)} after the rejection`}.
      </p>
      {error && (
        <p id={errorId} role="alert" className="w-full text-sm font-medium text-rose-700">
          {error}
        </p>
      )}
      {saved && !error && (
        <div className="w-full">
          <Alert tone="success">Saved. New rejections wait {formatDelay(Number(hours || 0) * 60 + Number(mins || 0))}.</Alert>
        </div>
      )}
    </form>
  );
}
