// The public site's header: the brand back to the job board, the main navigation, and the way in for recruiters.
import { Link, useLocation } from '@/lib/router';
import { Logo } from './logo.tsx';

const navClass = (isActive: boolean) =>
  `rounded-md px-3 py-2 text-sm font-medium transition-colors ${isActive ? 'bg-slate-100 text-slate-900' : 'text-slate-700 hover:bg-slate-50 hover:text-slate-900'}`;

export function Header() {
  const { pathname } = useLocation();
  // The board, a job and its application form are all "Jobs".
  const inJobs = pathname === '/' || pathname.startsWith('/jobs/');
  return (
    <header className="border-b border-slate-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/80">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link to="/" className="rounded-md" aria-label="Smart ATS, all open jobs">
          <Logo />
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1">
          <Link to="/" className={navClass(inJobs)} aria-current={pathname === '/' ? 'page' : undefined}>
            Jobs
          </Link>
          <Link to="/dashboard" className={navClass(false)}>
            For recruiters
          </Link>
        </nav>
      </div>
    </header>
  );
}
