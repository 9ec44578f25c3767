// Every /dashboard page: signed in, with the user's organizations loaded, inside the dashboard frame.
import { Outlet } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { useSession } from '@/features/auth/api/use-session';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { useMemberships } from '@/features/dashboard/api/get-memberships';
import { DashboardShell } from '@/features/dashboard/components/dashboard-shell';
import { OrgProvider } from '@/features/dashboard/components/org-context';

const signOutClass =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

function Loading({ what }: { what: string }) {
  return (
    <div role="status" className="grid min-h-screen place-items-center bg-slate-50 text-sm text-slate-500">
      {what}
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
          <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-4 text-sm text-rose-800">
            Your organizations could not be loaded: {memberships.error.message}{' '}
            <button type="button" className="font-medium underline" onClick={() => memberships.refetch()}>
              Try again
            </button>
          </div>
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
