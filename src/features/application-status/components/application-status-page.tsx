// /applications/:id?key=…: loads the status through the key-checking RPC and shows it, "not found", or "wait".
import { QueryError } from '@/components/ui/query-error';
import { LoadingSkeleton, Skeleton } from '@/components/ui/skeleton';
import { useApplicationStatus } from '../api/get-application-status.ts';
import { ApplicationStatusView } from './application-status-view.tsx';
import { StatusNotFound, StatusRateLimited } from './status-unavailable.tsx';

export function ApplicationStatusPage({ applicationId, statusKey }: { applicationId: string; statusKey: string }) {
  const status = useApplicationStatus(applicationId, statusKey);
  if (status.isPending) return <StatusSkeleton />;
  if (status.isError)
    return (
      <QueryError
        title="Your application's status could not be loaded"
        error={status.error}
        retrying={status.isFetching}
        onRetry={() => status.refetch()}
      />
    );
  const answer = status.data;
  if (answer.status === 'rate_limited') return <StatusRateLimited retryAfter={answer.retryAfter} />;
  if (answer.status === 'not_found') return <StatusNotFound />;
  return <ApplicationStatusView application={answer.application} statusKey={statusKey} />;
}

function StatusSkeleton() {
  return (
    <LoadingSkeleton label="Loading your application…" className="max-w-2xl">
      <Skeleton className="h-4 w-32" />
      <Skeleton className="mt-3 h-9 w-96 max-w-full" />
      <Skeleton className="mt-4 h-4 w-72 max-w-full" />
      <Skeleton className="mt-8 h-40 w-full rounded-xl" />
    </LoadingSkeleton>
  );
}
