// One open job on the board; the whole card is the link (the title's link stretches over it).
import { Link } from '@/lib/router';
import { Icon } from '@/components/ui/icons';
import type { JobSummary } from '../types.ts';
import { JobMeta } from './job-meta.tsx';

export function JobCard({ job }: { job: JobSummary }) {
  return (
    <article className="group relative rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-indigo-300 hover:shadow-md focus-within:border-indigo-400 sm:p-6">
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-medium text-indigo-700">{job.organizations?.name}</p>
          <h2 className="mt-1 text-lg font-semibold text-slate-900">
            <Link
              to={`/jobs/${job.slug}`}
              className="rounded-sm after:absolute after:inset-0 after:rounded-xl after:content-[''] focus-visible:outline-none group-focus-within:underline"
            >
              {job.title}
            </Link>
          </h2>
        </div>
        <Icon name="arrowRight" className="mt-1 size-5 text-slate-400 transition group-hover:translate-x-0.5 group-hover:text-indigo-600" />
      </div>
      <div className="mt-3">
        <JobMeta job={job} showOrganization={false} />
      </div>
    </article>
  );
}
