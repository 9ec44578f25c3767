// What the router shows while the first page loads and when a page fails to load or render.
import { useEffect, useState } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { NotFoundContent } from './not-found.tsx';

/** A new deploy removed the chunk this tab wanted; only a reload helps. */
const isStaleChunk = (error: unknown) =>
  error instanceof Error && /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(error.message);

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />;
  console.error(error);
  const stale = isStaleChunk(error);
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <title>Something went wrong · Smart ATS</title>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{stale ? 'This page needs a reload' : 'Something went wrong'}</h1>
      <p className="mt-3 text-base text-slate-700">
        {stale
          ? 'A newer version of Smart ATS is available, or the connection dropped while the page was loading.'
          : 'This page hit an unexpected problem. Reloading usually fixes it.'}
      </p>
      <div className="mt-8 flex justify-center gap-3">
        <button type="button" className={buttonClass()} onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link to="/" className={buttonClass({ variant: 'secondary' })}>
          All jobs
        </Link>
      </div>
    </div>
  );
}

/** Errors outside any layout (login, dashboard frame) still get a page with a <main>. */
export function RootError() {
  return (
    <main id="main" className="px-4 py-16">
      <RouteError />
    </main>
  );
}

/** The first page's code is still downloading; say so only if it takes a noticeable moment. */
export function PageLoading() {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), 400);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="grid min-h-screen place-items-center text-slate-600">{visible && <Spinner size="lg" label="Loading Smart ATS…" />}</div>
  );
}
