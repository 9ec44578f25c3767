// The facts under a job's title: organization, location, employment type, when it was posted.
import { Icon, type IconName } from '@/components/ui/icons';
import { employmentTypeLabel, postedAgo, postedOn } from '../format.ts';
import type { JobSummary } from '../types.ts';

function Fact({ icon, children }: { icon: IconName; children: React.ReactNode }) {
  return (
    <li className="flex items-center gap-1.5">
      <Icon name={icon} className="size-4 text-slate-500" />
      {children}
    </li>
  );
}

export function JobMeta({ job, showOrganization = true }: { job: JobSummary; showOrganization?: boolean }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1.5 text-sm text-slate-700">
      {showOrganization && job.organizations && <Fact icon="building">{job.organizations.name}</Fact>}
      {job.location && <Fact icon="location">{job.location}</Fact>}
      <Fact icon="briefcase">{employmentTypeLabel(job.employment_type)}</Fact>
      <Fact icon="clock">
        <span>
          Posted{' '}
          <time dateTime={job.created_at} title={postedOn(job.created_at)}>
            {postedAgo(job.created_at)}
          </time>
        </span>
      </Fact>
    </ul>
  );
}
