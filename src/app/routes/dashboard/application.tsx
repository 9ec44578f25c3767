// /dashboard/jobs/:jobId/applications/:applicationId: one applicant with the resume rendered inline.
import { Suspense, lazy } from 'react';
import { useParams } from '@/lib/router';
import { useSession } from '@/features/auth/api/use-session';
import { ApplicantView } from '@/features/applicants/components/applicant-view';
import { useCurrentOrg } from '@/features/dashboard/components/org-context';
import { canEdit } from '@/features/dashboard/types';
import { ResumeDownloadButton } from '@/features/viewer/components/resume-download-button';
import { LoadingState } from '@/components/ui/loading-state';

// react-pdf and pdf.js load only here, in their own chunk.
const ResumeViewer = lazy(() => import('@/features/viewer/components/resume-viewer'));

export function Component() {
  const { jobId = '', applicationId = '' } = useParams();
  const session = useSession();
  const { roleIn } = useCurrentOrg();
  const me = session.status === 'signed-in' ? session.session.user.id : '';
  return (
    <ApplicantView
      jobId={jobId}
      applicationId={applicationId}
      me={me}
      canEditIn={(orgId) => canEdit(roleIn(orgId))}
      renderDownload={({ path, fullName }) => <ResumeDownloadButton path={path} fullName={fullName} />}
      renderResume={(props) => (
        <Suspense
          fallback={
            <LoadingState label="Loading the resume viewer…" className="min-h-[24rem]" />
          }
        >
          <ResumeViewer key={props.path} {...props} />
        </Suspense>
      )}
    />
  );
}
