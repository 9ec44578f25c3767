// Any URL the app does not know.
import { Link } from '@/lib/router';
import { buttonClass } from '@/components/ui/button';

export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <title>Page not found · Smart ATS</title>
      <p className="text-sm font-semibold text-indigo-700">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">Page not found</h1>
      <p className="mt-3 text-base text-slate-700">The address may be mistyped, or the page has moved. Open jobs are listed on the job board.</p>
      <Link to="/" className={buttonClass({ className: 'mt-8' })}>
        See all open jobs
      </Link>
    </div>
  );
}

export { NotFoundContent as Component };
