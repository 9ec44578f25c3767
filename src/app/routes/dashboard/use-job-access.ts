// A job page's job and the user's role in the job's organization (none: the page acts as if the job did not exist).
import { useEffect } from 'react';
import { useCurrentOrg } from '@/features/dashboard/components/org-context';
import { canEdit } from '@/features/dashboard/types';
import { useJob } from '@/features/job-admin/api/get-job';

export function useJobAccess(jobId: string) {
  const job = useJob(jobId);
  const { current, roleIn, setCurrent } = useCurrentOrg();
  const role = job.data ? roleIn(job.data.org_id) : undefined;
  // Opening a job of another of your organizations (a shared link) switches the dashboard to it.
  const orgId = job.data?.org_id;
  useEffect(() => {
    if (orgId && role && orgId !== current.org_id) setCurrent(orgId);
  }, [orgId, role, current.org_id, setCurrent]);
  return { job, role, member: !!role, editable: canEdit(role) };
}
