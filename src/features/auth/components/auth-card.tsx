// The centred card the sign-in, forgot-password and set-password pages share.
import type { ReactNode } from 'react';
import { Link } from '@/lib/router';
import { Logo } from '@/components/ui/layout/logo';

export function AuthCard({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <main className="grid min-h-screen place-items-center bg-slate-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex justify-center">
          <Link to="/" className="rounded-md" aria-label="Smart ATS, all open jobs">
            <Logo />
          </Link>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
          {intro && <p className="mt-1 mb-5 text-sm text-slate-600">{intro}</p>}
          {children}
        </div>
        {footer && <div className="mt-4 text-center text-sm text-slate-600">{footer}</div>}
      </div>
    </main>
  );
}
