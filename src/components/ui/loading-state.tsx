// What a panel shows while its data loads: a spinner and what is being loaded, announced politely.
import { Spinner } from './spinner.tsx';

export function LoadingState({ label, className = '' }: { label: string; className?: string }) {
  return (
    <div className={`grid min-h-32 place-items-center rounded-lg border border-slate-200 bg-white p-8 text-sm text-slate-600 ${className}`}>
      <span className="flex items-center gap-2">
        <Spinner size="sm" />
        <span role="status">{label}</span>
      </span>
    </div>
  );
}
