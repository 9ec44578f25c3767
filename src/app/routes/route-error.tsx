// Around every page: a loading state while its code downloads, and a readable error (not a blank screen) when its
// code cannot load or it fails to render.
import { Component, Suspense, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from '@/lib/router';
import { buttonClass } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';

/** A new deploy removed the chunk this tab wanted, or the connection dropped while loading it; only a reload helps. */
const isChunkLoadError = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|error loading dynamically imported|Failed to fetch/i.test(error.message);

export function PageError({ error }: { error: unknown }) {
  const stale = isChunkLoadError(error);
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <title>Something went wrong · Smart ATS</title>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{stale ? 'This page needs a reload' : 'Something went wrong'}</h1>
      <p className="mt-3 text-base text-slate-700">
        {stale
          ? 'A newer version of Smart ATS is available, or the connection dropped while the page was loading.'
          : 'This page hit an unexpected problem. Reloading usually fixes it; anything typed into an application is kept.'}
      </p>
      <div className="mt-8 flex justify-center gap-3">
        <button type="button" className={buttonClass()} onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <a href="/" className={buttonClass({ variant: 'secondary' })}>
          All jobs
        </a>
      </div>
    </div>
  );
}

type BoundaryProps = { children: ReactNode; fullPage: boolean; resetKey: string };
type BoundaryState = { error: unknown; resetKey: string };

class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  // Going to another address clears the error without remounting, so navigations between pages stay smooth.
  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A page failed to render', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    // Pages outside the public layout (sign-in, dashboard) bring their own <main>; their error page needs one too.
    return this.props.fullPage ? (
      <main id="main" className="px-4 py-16">
        <PageError error={this.state.error} />
      </main>
    ) : (
      <PageError error={this.state.error} />
    );
  }
}

/** The page's code is still downloading; say so only if it takes a noticeable moment. */
export function PageLoading({ fullPage = false }: { fullPage?: boolean }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), 300);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className={`grid place-items-center text-slate-600 ${fullPage ? 'min-h-screen' : 'min-h-64'}`}>
      {visible && <Spinner size="lg" label="Loading the page…" />}
    </div>
  );
}

/** One page: its own Suspense and error boundary, cleared when the address changes. */
export function PageBoundary({ children, fullPage = false }: { children: ReactNode; fullPage?: boolean }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKey={pathname} fullPage={fullPage}>
      <Suspense fallback={<PageLoading fullPage={fullPage} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
