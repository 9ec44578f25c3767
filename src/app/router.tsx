// Every URL of the app. Each page's code is its own chunk (lazy), so the job board and the apply form never
// download the recruiter dashboard or pdf.js.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { PublicLayout } from './routes/public-layout.tsx';
import { PageLoading, RootError, RouteError } from './routes/route-error.tsx';

/** A page inside a layout: its errors render in place of the page, keeping the layout's header. */
const page = (path: string | undefined, lazy: NonNullable<RouteObject['lazy']>): RouteObject =>
  path === undefined ? { index: true, lazy, ErrorBoundary: RouteError } : { path, lazy, ErrorBoundary: RouteError };

const routes: RouteObject[] = [
  {
    ErrorBoundary: RootError,
    HydrateFallback: PageLoading,
    children: [
      {
        Component: PublicLayout,
        children: [
          page(undefined, () => import('./routes/job-board.tsx')),
          page('jobs/:slug', () => import('./routes/job.tsx')),
          page('jobs/:slug/apply', () => import('./routes/apply.tsx')),
          page('*', () => import('./routes/not-found.tsx')),
        ],
      },
      { path: 'login', lazy: () => import('./routes/login.tsx') },
      {
        path: 'dashboard',
        lazy: () => import('./routes/dashboard/layout.tsx'),
        children: [
          page(undefined, () => import('./routes/dashboard/jobs.tsx')),
          page('jobs/new', () => import('./routes/dashboard/job-new.tsx')),
          page('jobs/:jobId', () => import('./routes/dashboard/job-applicants.tsx')),
          page('jobs/:jobId/edit', () => import('./routes/dashboard/job-edit.tsx')),
          page('jobs/:jobId/applications/:applicationId', () => import('./routes/dashboard/application.tsx')),
          page('*', () => import('./routes/not-found.tsx')),
        ],
      },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
