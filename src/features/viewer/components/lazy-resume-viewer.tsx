// The resume viewer's chunk (react-pdf, pdf.js) and pdf.js's worker load once, from the moment a page knows it will
// show a resume (preloadResumeViewer), not when the viewer first renders. No Suspense: React holds a boundary's content
// back for up to 300 ms after its fallback appeared, which would only delay the first painted page.
import { useEffect, useState, type ReactNode } from 'react';
import { startPdfWorker } from '../pdf-worker.ts';
import type { ResumeViewerProps } from './resume-viewer.tsx';

type ViewerModule = typeof import('./resume-viewer.tsx');

let loaded: ViewerModule | undefined;
let loading: Promise<ViewerModule> | undefined;

export function preloadResumeViewer(): Promise<ViewerModule> {
  startPdfWorker();
  loading ??= import('./resume-viewer.tsx').then(
    (viewer) => (loaded = viewer),
    (error: unknown) => {
      loading = undefined; // a later page may try again
      throw error;
    },
  );
  return loading;
}

export function LazyResumeViewer({ fallback, ...props }: ResumeViewerProps & { fallback: ReactNode }) {
  const [viewer, setViewer] = useState(() => loaded);
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    if (viewer) return;
    let live = true;
    preloadResumeViewer().then(
      (m) => live && setViewer(m),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [viewer]);
  // A chunk that cannot load goes to the page's error boundary (it offers a reload), as React.lazy's would.
  if (failure) throw failure.error;
  return viewer ? <viewer.default {...props} /> : fallback;
}
