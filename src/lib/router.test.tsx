import { describe, expect, it } from 'vitest';
import { Route, routeTable } from './router.tsx';

// The app's own table, in the shape src/app/router.tsx declares it (elements stand for the pages).
const find = routeTable(
  <>
    <Route element="public">
      <Route index element="board" />
      <Route path="jobs/:slug" element="job" />
      <Route path="jobs/:slug/apply" element="apply" />
      <Route path="applications/:id" element="status" />
      <Route path="*" element="not-found" />
    </Route>
    <Route path="login" element="login" />
    <Route path="dashboard" element="dashboard">
      <Route index element="jobs" />
      <Route path="*" element="dashboard-not-found" />
      <Route path="jobs/:jobId" element="applicants" />
      <Route path="jobs/new" element="job-new" />
      <Route path="jobs/:jobId/applications/:applicationId" element="application" />
    </Route>
  </>,
);
const chain = (pathname: string) => {
  const match = find(pathname);
  return match && { elements: match.routes.map((r) => r.element), params: match.params };
};

describe('routeTable', () => {
  it('matches index routes inside their layout', () => {
    expect(chain('/')).toEqual({ elements: ['public', 'board'], params: {} });
    expect(chain('/dashboard')).toEqual({ elements: ['dashboard', 'jobs'], params: {} });
    expect(chain('/dashboard/')).toEqual({ elements: ['dashboard', 'jobs'], params: {} });
  });

  it('reads params, decoded, and ignores a trailing slash', () => {
    expect(chain('/jobs/backend-developer/apply/')).toEqual({ elements: ['public', 'apply'], params: { slug: 'backend-developer' } });
    expect(chain('/jobs/caf%C3%A9')?.params).toEqual({ slug: 'café' });
    expect(chain('/jobs/%E0%A4%A')?.params).toEqual({ slug: '%E0%A4%A' });
    expect(chain('/dashboard/jobs/j1/applications/a1')).toEqual({
      elements: ['dashboard', 'application'],
      params: { jobId: 'j1', applicationId: 'a1' },
    });
  });

  it('ranks a static segment over a parameter and a parameter over a splat, whatever the order declared', () => {
    expect(chain('/dashboard/jobs/new')?.elements).toEqual(['dashboard', 'job-new']);
    expect(chain('/dashboard/jobs/123')?.elements).toEqual(['dashboard', 'applicants']);
    expect(chain('/dashboard/nothing/here')).toEqual({ elements: ['dashboard', 'dashboard-not-found'], params: { '*': 'nothing/here' } });
    expect(chain('/LOGIN')?.elements).toEqual(['login']);
  });

  it('sends everything else to the public not-found page', () => {
    expect(chain('/jobs')?.elements).toEqual(['public', 'not-found']);
    expect(chain('/jobs/a/b/c')?.elements).toEqual(['public', 'not-found']);
    expect(chain('/applications')?.elements).toEqual(['public', 'not-found']);
  });

  it('finds nothing when no route matches', () => {
    const only = routeTable(<Route path="a" element="a" />);
    expect(only('/b')).toBeNull();
    expect(only('/a/b')).toBeNull();
    expect(only('/a')?.routes.map((r) => r.element)).toEqual(['a']);
  });
});
