// What a job or application page shows when it does not exist for this user (erased, or another organization's).
import { Link } from 'react-router';
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

export function Loading({ what }: { what: string }) {
  return (
    <div role="status" className="rounded-lg border border-slate-200 bg-white p-8 text-center text-sm text-slate-500">
      Loading {what}…
    </div>
  );
}

export function LoadError({ what, error, retry }: { what: string; error: Error; retry: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-4 text-sm text-rose-800">
      The {what} could not be loaded: {error.message}{' '}
      <button type="button" className="font-medium underline" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
