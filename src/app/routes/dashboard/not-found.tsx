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

