// "Follow" on a job's page: a toggle button (aria-pressed) that says what following brings, per the member's choice.
import { useState } from 'react';
import { Link } from '@/lib/router';
import { Button } from '@/components/ui/button';
import { LiveRegion } from '@/components/ui/live-region';
import { errorMessage } from '@/lib/errors';
import { useFollowedJobs, useSetFollowing } from '../api/follows.ts';
import { usePreference } from '../api/preference.ts';

const WHAT_YOU_GET = { each: 'an email for each new application', daily: 'a daily digest', none: 'no emails (your choice)' } as const;

export function FollowToggle({ orgId, jobId, jobTitle }: { orgId: string; jobId: string; jobTitle: string }) {
  const follows = useFollowedJobs(orgId);
  const preference = usePreference(orgId);
  const toggle = useSetFollowing(orgId);
  const [announcement, setAnnouncement] = useState('');
  const following = follows.data?.some((f) => f.job_id === jobId) ?? false;
  const choice = (preference.data?.new_applications ?? 'each') as keyof typeof WHAT_YOU_GET;

  const onClick = () =>
    toggle.mutate(
      { jobId, following: !following },
      { onSuccess: () => setAnnouncement(following ? `You no longer follow ${jobTitle}.` : `You follow ${jobTitle}: ${WHAT_YOU_GET[choice]}.`) },
    );

  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        aria-pressed={following}
        busy={toggle.isPending}
        disabled={follows.isPending || follows.isError}
        onClick={onClick}
        title={following ? `You get ${WHAT_YOU_GET[choice]} for this job` : 'Get emailed about new applications to this job'}
      >
        {following ? 'Following' : 'Follow'}
      </Button>
      {following && (
        <p className="text-xs text-slate-600">
          {WHAT_YOU_GET[choice][0].toUpperCase() + WHAT_YOU_GET[choice].slice(1)} ·{' '}
          <Link to="/dashboard/settings/notifications" className="underline hover:text-slate-900">
            change
          </Link>
        </p>
      )}
      {(toggle.isError || follows.isError) && (
        <p role="alert" className="text-xs text-red-700">
          {errorMessage(toggle.error ?? follows.error)}
        </p>
      )}
      <LiveRegion message={announcement} />
    </div>
  );
}
