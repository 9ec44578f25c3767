// A job's page: what the role is, the skills it asks for, and the way to apply.
import { Link, useLocation } from '@/lib/router';
import { buttonClass } from '@/components/ui/button';
import { Icon } from '@/components/ui/icons';
import { Markdown } from '@/components/ui/markdown';
import { LoadingSkeleton, Skeleton } from '@/components/ui/skeleton';
import { markdownToText } from '@/lib/markdown';
import { employmentTypeLabel, salaryLabel, workplaceLabel } from '../format.ts';
import { jobPostingJsonLd, jsonLdScriptText } from '../job-posting.ts';
import type { JobDetail as Job } from '../types.ts';
import { JobMeta } from './job-meta.tsx';
import { SkillsList } from './skills-list.tsx';

export function BackToJobs() {
  return (
    <Link to="/" className="inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-slate-700 hover:text-indigo-700">
      <Icon name="arrowLeft" /> All jobs
    </Link>
  );
}

/** ?source= and utm_source follow the candidate to the apply form, which stores them on the application. */
function campaign(search: string) {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of ['source', 'utm_source']) {
    const value = params.get(name);
    if (value) kept.set(name, value);
  }
  return kept.size ? `?${kept}` : '';
}

export function JobDetail({ job }: { job: Job }) {
  const applyPath = `/jobs/${job.slug}/apply${campaign(useLocation().search)}`;
  const required = job.skills.filter((s) => s.required).length;
  const salary = salaryLabel(job);
  const url = `${window.location.origin}/jobs/${job.slug}`;
  return (
    <article>
      <title>{`${job.title} at ${job.organizations?.name ?? 'Smart ATS'} · Smart ATS`}</title>
      <meta name="description" content={markdownToText(job.description, 160)} />
      <link rel="canonical" href={url} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptText(jobPostingJsonLd(job, window.location.origin)) }} />
      <BackToJobs />
      <header className="mt-6 flex flex-col gap-6 border-b border-slate-200 pb-8 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <p className="text-sm font-semibold text-indigo-700">{job.organizations?.name}</p>
          <h1 className="mt-1 text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{job.title}</h1>
          <div className="mt-4">
            <JobMeta job={job} showOrganization={false} />
          </div>
        </div>
        <Link to={applyPath} className={buttonClass({ size: 'lg', className: 'shrink-0' })}>
          Apply for this job
        </Link>
      </header>

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="text-lg font-semibold text-slate-900">
              About the role
            </h2>
            {job.description.trim() ? (
              <Markdown source={job.description} className="mt-3 max-w-prose space-y-4 text-base leading-7 text-slate-800" />
            ) : (
              <p className="mt-3 text-slate-600">The hiring team has not added a description yet.</p>
            )}
          </section>

          {job.skills.length > 0 && (
            <section aria-labelledby="skills-heading" className="mt-10">
              <h2 id="skills-heading" className="text-lg font-semibold text-slate-900">
                Skills
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {required > 0
                  ? `${required} of ${job.skills.length} are required; the rest are a plus.`
                  : 'All of these are a plus; none is strictly required.'}
              </p>
              <div className="mt-4">
                <SkillsList skills={job.skills} />
              </div>
            </section>
          )}
        </div>

        <aside aria-labelledby="summary-heading" className="self-start rounded-xl border border-slate-200 bg-white p-5 shadow-sm lg:sticky lg:top-6">
          <h2 id="summary-heading" className="text-base font-semibold text-slate-900">
            At a glance
          </h2>
          <dl className="mt-3 space-y-3 text-sm">
            {job.organizations && <Fact term="Company">{job.organizations.name}</Fact>}
            {job.department && <Fact term="Department">{job.department}</Fact>}
            {job.location && <Fact term="Location">{job.location}</Fact>}
            <Fact term="Workplace">{workplaceLabel(job)}</Fact>
            <Fact term="Type">{employmentTypeLabel(job.employment_type)}</Fact>
            {salary && <Fact term="Salary">{salary}</Fact>}
          </dl>
          <Link to={applyPath} className={buttonClass({ className: 'mt-5 w-full' })}>
            Apply now
          </Link>
          <p className="mt-3 text-xs leading-5 text-slate-600">You'll need your resume as a PDF (up to 5 MB). No account required.</p>
        </aside>
      </div>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  );
}

export function JobDetailSkeleton() {
  return (
    <LoadingSkeleton label="Loading the job…">
      <Skeleton className="h-4 w-20" />
      <Skeleton className="mt-8 h-4 w-28" />
      <Skeleton className="mt-3 h-9 w-96 max-w-full" />
      <Skeleton className="mt-5 h-4 w-72 max-w-full" />
      <div className="mt-12 space-y-3">
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} className="h-4 w-full max-w-prose" />
        ))}
      </div>
    </LoadingSkeleton>
  );
}
