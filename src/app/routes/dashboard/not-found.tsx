// What a job or application page shows when it does not exist for this user (erased, or another organization's).
import { Link } from '@/lib/router';
import { EmptyState } from '@/components/ui/empty-state';

export function NotFound({ what }: { what: string }) {
  return (
    <EmptyState
      title={`${what} not found`}
      action={
        <Link to="/dashboard" className="text-sm font-medium text-indigo-700 hover:underline">
          Back to jobs
        </Link>
      }
    >
      It may have been removed, or it belongs to an organization you are not a member of.
    </EmptyState>
  );
}

/** An address under /dashboard that no page answers: the way back is the dashboard, not the public job board. */
export function Component() {
  return (
    <EmptyState
      title="Page not found"
      action={
        <Link to="/dashboard" className="text-sm font-medium text-indigo-700 hover:underline">
          Back to the dashboard
        </Link>
      }
    >
      <title>Page not found · Smart ATS</title>
      The address may be mistyped, or the page has moved.
    </EmptyState>
  );
}
