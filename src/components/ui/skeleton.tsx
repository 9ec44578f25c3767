// A grey placeholder block shown while content loads; hidden from screen readers (the loading status speaks instead).
export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-slate-200 ${className}`} />;
}
