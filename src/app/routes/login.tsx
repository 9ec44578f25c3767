// /login: email + password; afterwards back to where the user was going (?next=), or the dashboard.
import { Link, Navigate, useNavigate, useSearchParams } from '@/lib/router';
import { Logo } from '@/components/ui/layout/logo';
import { Spinner } from '@/components/ui/spinner';
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
        <div className="mb-6 flex justify-center">
          <Link to="/" className="rounded-md" aria-label="Smart ATS, all open jobs">
            <Logo />
          </Link>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold text-slate-900">Sign in to the dashboard</h1>
          <p className="mt-1 mb-5 text-sm text-slate-600">For recruiters and hiring teams. Candidates don't need an account to apply.</p>
          {session.status === 'loading' ? (
            <Spinner label="Checking your session…" className="text-slate-500" />
          ) : (
            <LoginForm onSignedIn={() => navigate(next, { replace: true })} />
          )}
          <p className="mt-4 text-center text-sm">
            <Link to="/forgot-password" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
              Forgot password?
            </Link>
          </p>
        </div>
      </div>
    </main>
  );
}
