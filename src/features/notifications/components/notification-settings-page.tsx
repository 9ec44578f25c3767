// /dashboard/settings/notifications: each member's own choice for new applications to the jobs they follow, and the
// list of those jobs (unfollow here; follow on a job's page).
import { useId, useState } from 'react';
import { Link } from '@/lib/router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { errorMessage } from '@/lib/errors';
import { useFollowedJobs, useSetFollowing } from '../api/follows.ts';
import { CHOICES, usePreference, useSetPreference, type NewApplicationsChoice } from '../api/preference.ts';

export function NotificationSettingsPage({ org }: { org: { org_id: string; org_name: string } }) {
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Your notifications at {org.org_name}</h1>
        <p className="mt-1 text-sm text-slate-600">How you hear of new applications to the jobs you follow. Only you see and change this.</p>
      </div>
      <ChoiceForm orgId={org.org_id} />
      <FollowedJobs orgId={org.org_id} />
    </div>
  );
}

function ChoiceForm({ orgId }: { orgId: string }) {
  const preference = usePreference(orgId);
  const save = useSetPreference(orgId);
  const [saved, setSaved] = useState<string | null>(null);
  const name = useId();
  return (
    <section aria-labelledby="choice-heading" className={`${cardClass} p-4 sm:p-5`}>
      <h2 id="choice-heading" className="text-base font-semibold text-slate-900">
        New applications
      </h2>
      {preference.isPending ? (
        <p className="mt-3 text-sm text-slate-500">Loading…</p>
      ) : preference.isError ? (
        <Alert tone="error">{errorMessage(preference.error)}</Alert>
      ) : (
        <fieldset className="mt-3 space-y-2" disabled={save.isPending}>
          <legend className="sr-only">Emails about new applications</legend>
          {CHOICES.map((c) => (
            <label key={c.value} className="flex cursor-pointer items-start gap-3 rounded-md p-2 hover:bg-slate-50">
              <input
                type="radio"
                name={name}
                value={c.value}
                checked={(save.isPending ? save.variables : preference.data.new_applications) === c.value}
                onChange={() => {
                  setSaved(null);
                  save.mutate(c.value as NewApplicationsChoice, { onSuccess: () => setSaved(`Saved: ${c.label.toLowerCase()}.`) });
                }}
                className="mt-1"
              />
              <span>
                <span className="block text-sm font-medium text-slate-900">{c.label}</span>
                <span className="block text-sm text-slate-600">{c.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <div aria-live="polite" className="mt-2 text-sm">
        {save.isError ? <span className="text-red-700">{errorMessage(save.error)}</span> : saved && <span className="text-green-700">{saved}</span>}
      </div>
    </section>
  );
}

function FollowedJobs({ orgId }: { orgId: string }) {
  const follows = useFollowedJobs(orgId);
  const unfollow = useSetFollowing(orgId);
  return (
    <section aria-labelledby="follows-heading" className={`${cardClass} p-4 sm:p-5`}>
      <h2 id="follows-heading" className="text-base font-semibold text-slate-900">
        Jobs you follow
      </h2>
      {follows.isPending ? (
        <p className="mt-3 text-sm text-slate-500">Loading…</p>
      ) : follows.isError ? (
        <Alert tone="error">{errorMessage(follows.error)}</Alert>
      ) : follows.data.length === 0 ? (
        <EmptyState title="You follow no jobs yet">
          Open a job from the <Link to="/dashboard">jobs list</Link> and choose Follow to hear of its new applications.
        </EmptyState>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {follows.data.map((f) => (
            <li key={f.job_id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link to={`/dashboard/jobs/${f.job_id}`} className="text-sm font-medium text-slate-900 underline-offset-2 hover:underline">
                {f.title}
              </Link>
              <Button
                size="sm"
                variant="secondary"
                busy={unfollow.isPending && unfollow.variables?.jobId === f.job_id}
                onClick={() => unfollow.mutate({ jobId: f.job_id, following: false })}
                aria-label={`Unfollow ${f.title}`}
              >
                Unfollow
              </Button>
            </li>
          ))}
        </ul>
      )}
      {unfollow.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {errorMessage(unfollow.error)}
        </p>
      )}
    </section>
  );
}
