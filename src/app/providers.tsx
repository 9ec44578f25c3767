// Everything every page needs around it: the react-query client and a last-resort error boundary.
import { QueryClientProvider } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { queryClient } from '@/lib/query-client';
import { buttonClass } from '@/components/ui/button';

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </AppErrorBoundary>
  );
}

/** Catches what no route boundary did (an error in the router itself), so the page never goes blank. */
class AppErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unhandled error in the app', error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="mx-auto max-w-xl px-4 py-20 text-center">
        <title>Something went wrong · Smart ATS</title>
        <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
        <p className="mt-2 text-slate-700">
          The page hit an unexpected problem. Reloading usually fixes it; anything you typed in an application form is kept.
        </p>
        <button type="button" className={buttonClass({ className: 'mt-6' })} onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </main>
    );
  }
}
