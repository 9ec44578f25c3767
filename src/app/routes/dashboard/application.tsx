// /dashboard/jobs/:jobId/applications/:applicationId: one applicant with the resume rendered inline.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useParams } from '@/lib/router';
import { useSession } from '@/features/auth/api/use-session';
import { applicationQueryOptions } from '@/features/applicants/api/get-application';
import { ApplicantView } from '@/features/applicants/components/applicant-view';
import { useCurrentOrg } from '@/features/dashboard/components/org-context';
import { canEdit } from '@/features/dashboard/types';
import { ScorecardPanel } from '@/features/scorecards';
import { prefetchResume } from '@/features/viewer/api/get-resume';
import { LazyResumeViewer, preloadResumeViewer } from '@/features/viewer/components/lazy-resume-viewer';
import { ResumeDownloadButton } from '@/features/viewer/components/resume-download-button';
import { LoadingState } from '@/components/ui/loading-state';

// react-pdf and pdf.js load only here, in their own chunk, downloading from the moment this page's code arrives; a
// chunk that cannot load is reported by the viewer when it renders.
preloadResumeViewer().catch(() => undefined);

/** The applicant's row and, the moment it names the resume, the resume's bytes: the same cache entries the page reads. */
async function prefetchApplicant(queryClient: QueryClient, jobId: string, applicationId: string) {
  const application = await queryClient.fetchQuery(applicationQueryOptions(applicationId)).catch(() => null);
  // Only a row RLS returned, of the job in the address (the page shows nothing else); storage decides on the signing.
  if (application?.job_id === jobId) await prefetchResume(queryClient, application.resume_path);
}

export function Component() {
  const { jobId = '', applicationId = '' } = useParams();
  const session = useSession();
  const { roleIn } = useCurrentOrg();
  const queryClient = useQueryClient();
  // While rendering, not after: React commits a page whose code just arrived only after a pause of up to 300 ms, and
  // queries start at the commit. The page's own queries then find these requests in flight (or done).
  if (!queryClient.getQueryState(applicationQueryOptions(applicationId).queryKey)) void prefetchApplicant(queryClient, jobId, applicationId);
  const me = session.status === 'signed-in' ? session.session.user.id : '';
  return (
    <ApplicantView
      jobId={jobId}
      applicationId={applicationId}
      me={me}
      canEditIn={(orgId) => canEdit(roleIn(orgId))}
      canEraseIn={(orgId) => roleIn(orgId) === 'owner'}
      renderDownload={({ path, fullName }) => <ResumeDownloadButton path={path} fullName={fullName} />}
      renderScorecards={(props) => <ScorecardPanel {...props} />}
      renderResume={(props) => (
        <LazyResumeViewer key={props.path} {...props} fallback={<LoadingState label="Loading the resume viewer…" className="min-h-[24rem]" />} />
      )}
    />
  );
}
