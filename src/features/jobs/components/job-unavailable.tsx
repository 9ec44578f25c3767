// What a closed, draft or unknown job shows: anon cannot read such jobs, so "not found" and "closed" look the same.
import { Link } from '@/lib/router';
import { buttonClass } from '@/components/ui/button';

export function JobUnavailable({ title }: { title?: string }) {
  return (
    <div className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white px-6 py-12 text-center shadow-sm">
      <title>Job not available · Smart ATS</title>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
        {title ? `${title} is no longer open` : 'This job is closed or no longer exists'}
      </h1>
      <p className="mt-3 text-base text-slate-700">It no longer accepts applications. Other open positions are on the job board.</p>
      <Link to="/" className={buttonClass({ className: 'mt-8' })}>
        See all open jobs
      </Link>
    </div>
  );
}
