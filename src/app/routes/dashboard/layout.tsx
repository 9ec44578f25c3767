// Every /dashboard page: signed in, with the user's organizations loaded, inside the dashboard frame.
import { Outlet } from '@/lib/router';
import { EmptyState } from '@/components/ui/empty-state';
import { useSession } from '@/features/auth/api/use-session';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { useMemberships } from '@/features/dashboard/api/get-memberships';
import { DashboardShell } from '@/features/dashboard/components/dashboard-shell';
import { OrgProvider } from '@/features/dashboard/components/org-context';
import { startPdfWorker } from '@/features/viewer/pdf-worker';
import { QueryError } from '@/components/ui/query-error';
import { Spinner } from '@/components/ui/spinner';
import { buttonClass } from '@/components/ui/button';

const signOutClass = buttonClass({ variant: 'secondary', size: 'sm' });

// Opening an applicant's page: pdf.js's worker, the slowest part of its resume (about half a second to fetch and
// compile), starts with the dashboard's code, while the session and organizations load, not after them.
if (/^\/dashboard\/jobs\/[^/]+\/applications\/[^/]+\/?$/.test(window.location.pathname)) startPdfWorker();

function Loading({ what }: { what: string }) {
  return (
    <div className="grid min-h-screen place-items-center bg-slate-50 text-sm text-slate-600">
      <Spinner label={what} />
    </div>
  );
}

export function Component() {
  return (
    <RequireAuth fallback={<Loading what="Checking your session…" />}>
      <SignedIn />
    </RequireAuth>
  );
}

function SignedIn() {
  const session = useSession();
  const memberships = useMemberships();
  const email = session.status === 'signed-in' ? (session.session.user.email ?? '') : '';

  if (memberships.isPending) return <Loading what="Loading your organizations…" />;
  if (memberships.isError || memberships.data.length === 0) {
    return (
      <main className="mx-auto max-w-lg px-4 py-16">
        {memberships.isError ? (
          <QueryError
            title="Your organizations could not be loaded"
            error={memberships.error}
            onRetry={() => memberships.refetch()}
            retrying={memberships.isFetching}
          />
        ) : (
          <EmptyState title="No organization yet" action={<SignOutButton className={signOutClass} />}>
            You are signed in as {email}, but you are not a member of any organization. Ask an owner to add you.
          </EmptyState>
        )}
      </main>
    );
  }
  return (
    <OrgProvider memberships={memberships.data}>
      <DashboardShell email={email} account={<SignOutButton className={signOutClass} />}>
        <Outlet />
      </DashboardShell>
    </OrgProvider>
  );
}
