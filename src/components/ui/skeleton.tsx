import type { ReactNode } from 'react';

// A grey placeholder block shown while content loads; hidden from screen readers (the loading status speaks instead).
export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-slate-200 ${className}`} />;
}

/** A page's loading state: placeholders for the eye, and one polite status line (`label`) for screen readers. */
export function LoadingSkeleton({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div>
      <p role="status" className="sr-only">
        {label}
      </p>
      <div aria-hidden="true" className={className}>
        {children}
      </div>
    </div>
  );
}
