// What a link that leads nowhere shows: the same words for a wrong key, a missing key and a missing application,
// so the page reveals nothing about which it was; and the pause after too many such attempts.
import { Link } from '@/lib/router';
import { buttonClass } from '@/components/ui/button';
import { formatWait } from '../format.ts';

export function StatusNotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center" data-testid="status-not-found">
      <title>Application not found · Smart ATS</title>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Application not found</h1>
      <p className="mt-3 text-base text-slate-700">
        This link does not lead to an application. Check that you opened the whole link from your confirmation page: it ends with a long key after
        &ldquo;?key=&rdquo;.
      </p>
      <Link to="/" className={buttonClass({ className: 'mt-8' })}>
        See all open jobs
      </Link>
    </div>
  );
}

export function StatusRateLimited({ retryAfter }: { retryAfter: number }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center" data-testid="status-rate-limited">
      <title>Too many attempts · Smart ATS</title>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Too many attempts</h1>
      <p className="mt-3 text-base text-slate-700">
        To protect applications from guessing, status links are paused after several that did not work. Please try again in {formatWait(retryAfter)}.
      </p>
    </div>
  );
}
