// The frame around every dashboard page: who you are, where you are, and a skip link to the content.
import type { ReactNode } from 'react';
import { Link } from '@/lib/router';
import { Badge } from '@/components/ui/badge';
import { Logo } from '@/components/ui/layout/logo';
import { NavigationProgress } from '@/components/ui/layout/navigation-progress';
import { SkipLink } from '@/components/ui/layout/skip-link';
import { useCurrentOrg } from './org-context.tsx';
import { OrgSwitcher } from './org-switcher.tsx';

const ROLE_LABELS = { owner: 'Owner', recruiter: 'Recruiter', viewer: 'Viewer (read-only)' } as const;

export function DashboardShell({ email, account, children }: { email: string; account: ReactNode; children: ReactNode }) {
  const { current } = useCurrentOrg();
  return (
    <div className="min-h-screen bg-slate-50">
      <NavigationProgress />
      <SkipLink />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <div className="flex min-w-0 flex-wrap items-center gap-x-6 gap-y-2">
            <Link to="/dashboard" className="rounded-md" aria-label="Smart ATS dashboard, all jobs">
              <Logo />
            </Link>
            <nav aria-label="Dashboard" className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <Link to="/dashboard" className="text-sm font-medium text-slate-600 hover:text-slate-900">
                Jobs
              </Link>
              <Link to="/dashboard/analytics" className="text-sm font-medium text-slate-600 hover:text-slate-900">
                Analytics
              </Link>
              {current.role === 'owner' && (
                <>
                  <Link to="/dashboard/team" className="text-sm font-medium text-slate-600 hover:text-slate-900">
                    Team
                  </Link>
                  <Link to="/dashboard/settings/emails" className="text-sm font-medium text-slate-600 hover:text-slate-900">
                    Emails
                  </Link>
                </>
              )}
              <Link to="/dashboard/settings/notifications" className="text-sm font-medium text-slate-600 hover:text-slate-900">
                Notifications
              </Link>
              {current.role === 'owner' && (
                <Link to="/dashboard/settings/privacy" className="text-sm font-medium text-slate-600 hover:text-slate-900">
                  Privacy
                </Link>
              )}
            </nav>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <OrgSwitcher />
            <Badge tone={current.role === 'viewer' ? 'warning' : 'neutral'}>{ROLE_LABELS[current.role]}</Badge>
            <span className="hidden text-sm text-slate-500 md:inline">{email}</span>
            {account}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
