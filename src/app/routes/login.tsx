// /login: email + password; afterwards back to where the user was going (?next=), or the dashboard.
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '@/features/auth/api/use-session';
import { LoginForm } from '@/features/auth/components/login-form';
import { safeNextPath } from '@/features/auth/next-path';

export function Component() {
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  if (session.status === 'signed-in') return <Navigate to={next} replace />;

  return (
    <main className="grid min-h-screen place-items-center bg-slate-50 px-4 py-12">
      <title>Sign in · Smart ATS</title>
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2">
          <span aria-hidden="true" className="grid size-9 place-items-center rounded-lg bg-indigo-600 text-base font-bold text-white">
            S
          </span>
          <span className="text-xl font-semibold text-slate-900">Smart ATS</span>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold text-slate-900">Sign in to the dashboard</h1>
          <p className="mt-1 mb-5 text-sm text-slate-600">For recruiters and hiring teams. Candidates don't need an account to apply.</p>
          {session.status === 'loading' ? (
            <p role="status" className="text-sm text-slate-500">
              Checking your session…
            </p>
          ) : (
            <LoginForm onSignedIn={() => navigate(next, { replace: true })} />
          )}
        </div>
      </div>
    </main>
  );
}
