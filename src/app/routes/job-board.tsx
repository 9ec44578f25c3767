// /: every organization's open jobs, searchable (?q=).
import { JobBoard } from '@/features/jobs/components/job-board';

export function Component() {
  return <JobBoard />;
}
