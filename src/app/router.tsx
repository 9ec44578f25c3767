// Every URL of the app. Each page's code is its own chunk (React.lazy), so the job board and the apply form never
// download the recruiter dashboard or pdf.js. Declarative routes: the app loads data with react-query, so the data
// router's loaders would be unused weight (about 17 KB gzip).
import { lazy, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from '@/lib/router';
import { trackNavigation } from '@/components/ui/layout/navigation-progress';
import { PageBoundary } from './routes/route-error.tsx';
import { PublicLayout } from './routes/public-layout.tsx';

/** A route module's page: every file under routes/ exports it as `Component`. */
const page = (load: () => Promise<{ Component: ComponentType }>) => lazy(() => trackNavigation(load()).then((m) => ({ default: m.Component })));

const JobBoardPage = page(() => import('./routes/job-board.tsx'));
const JobPage = page(() => import('./routes/job.tsx'));
const ApplyPage = page(() => import('./routes/apply.tsx'));
const ApplicationStatusPage = page(() => import('./routes/application-status.tsx'));
const NotFoundPage = page(() => import('./routes/not-found.tsx'));
const LoginPage = page(() => import('./routes/login.tsx'));
const ForgotPasswordPage = page(() => import('./routes/forgot-password.tsx'));
const ResetPasswordPage = page(() => import('./routes/reset-password.tsx'));
const AcceptInvitePage = page(() => import('./routes/accept-invite.tsx'));
const DashboardTeamPage = page(() => import('./routes/dashboard/team.tsx'));
const DashboardEmailSettingsPage = page(() => import('./routes/dashboard/email-settings.tsx'));
const DashboardPrivacySettingsPage = page(() => import('./routes/dashboard/settings-privacy.tsx'));
const DashboardNotificationSettingsPage = page(() => import('./routes/dashboard/settings-notifications.tsx'));
const DashboardLayout = page(() => import('./routes/dashboard/layout.tsx'));
const DashboardJobsPage = page(() => import('./routes/dashboard/jobs.tsx'));
const DashboardJobNewPage = page(() => import('./routes/dashboard/job-new.tsx'));
const DashboardJobApplicantsPage = page(() => import('./routes/dashboard/job-applicants.tsx'));
const DashboardJobBoardPage = page(() => import('./routes/dashboard/job-board.tsx'));
const DashboardJobEditPage = page(() => import('./routes/dashboard/job-edit.tsx'));
const DashboardApplicationPage = page(() => import('./routes/dashboard/application.tsx'));
const DashboardAnalyticsPage = page(() => import('./routes/dashboard/analytics.tsx'));
const DashboardNotFoundPage = page(() => import('./routes/dashboard/not-found.tsx'));

/** A page inside a layout: it loads and fails on its own, the layout stays. */
const inLayout = (Page: ComponentType) => (
  <PageBoundary>
    <Page />
  </PageBoundary>
);

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<PublicLayout />}>
          <Route index element={<JobBoardPage />} />
          <Route path="jobs/:slug" element={<JobPage />} />
          <Route path="jobs/:slug/apply" element={<ApplyPage />} />
          <Route path="applications/:id" element={<ApplicationStatusPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route
          path="login"
          element={
            <PageBoundary fullPage>
              <LoginPage />
            </PageBoundary>
          }
        />
        {(
          [
            ['forgot-password', ForgotPasswordPage],
            ['reset-password', ResetPasswordPage],
            ['accept-invite', AcceptInvitePage],
          ] as const
        ).map(([path, Page]) => (
          <Route
            key={path}
            path={path}
            element={
              <PageBoundary fullPage>
                <Page />
              </PageBoundary>
            }
          />
        ))}
        <Route
          path="dashboard"
          element={
            <PageBoundary fullPage>
              <DashboardLayout />
            </PageBoundary>
          }
        >
          <Route index element={inLayout(DashboardJobsPage)} />
          <Route path="analytics" element={inLayout(DashboardAnalyticsPage)} />
          <Route path="team" element={inLayout(DashboardTeamPage)} />
          <Route path="settings/emails" element={inLayout(DashboardEmailSettingsPage)} />
          <Route path="settings/privacy" element={inLayout(DashboardPrivacySettingsPage)} />
          <Route path="settings/notifications" element={inLayout(DashboardNotificationSettingsPage)} />
          <Route path="jobs/new" element={inLayout(DashboardJobNewPage)} />
          <Route path="jobs/:jobId" element={inLayout(DashboardJobApplicantsPage)} />
          <Route path="jobs/:jobId/board" element={inLayout(DashboardJobBoardPage)} />
          <Route path="jobs/:jobId/edit" element={inLayout(DashboardJobEditPage)} />
          <Route path="jobs/:jobId/applications/:applicationId" element={inLayout(DashboardApplicationPage)} />
          <Route path="*" element={inLayout(DashboardNotFoundPage)} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
