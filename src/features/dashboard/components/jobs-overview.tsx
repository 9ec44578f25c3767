// Every job of the current organization with its pipeline: applicants per stage and what is new since your last visit.
import { Link } from '@/lib/router';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { TBody, THead, Table, Td, Th, Tr } from '@/components/ui/table';
import { useJobsOverview } from '../api/get-jobs-overview.ts';
import { PIPELINE_LABELS, PIPELINE_STAGES, canEdit, type JobOverview } from '../types.ts';
import type { JobStatus } from '@/lib/job-terms';
import { useCurrentOrg } from './org-context.tsx';
import { LoadingState } from '@/components/ui/loading-state';
import { QueryError } from '@/components/ui/query-error';
import { buttonClass } from '@/components/ui/button';

const STATUS: Record<JobStatus, { label: string; tone: BadgeTone }> = {
  open: { label: 'Open', tone: 'success' },
  draft: { label: 'Draft', tone: 'neutral' },
  closed: { label: 'Closed', tone: 'danger' },
};

const TYPE_LABELS: Record<string, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
};

const primaryLink = buttonClass();

export function JobsOverview() {
  const { current } = useCurrentOrg();
  const jobs = useJobsOverview(current.org_id);
  const editable = canEdit(current.role);

  return (
    <section aria-labelledby="jobs-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="jobs-heading" className="text-2xl font-semibold text-slate-900">
            Jobs
          </h1>
          <p className="text-sm text-slate-600">{current.org_name}'s openings and where their applicants stand.</p>
        </div>
        {editable && (
          <Link to="/dashboard/jobs/new" className={primaryLink}>
            New job
          </Link>
        )}
      </div>

      {jobs.isPending ? (
        <LoadingState label="Loading jobs…" />
      ) : jobs.isError ? (
        <QueryError title="The jobs could not be loaded" error={jobs.error} onRetry={() => jobs.refetch()} retrying={jobs.isFetching} />
      ) : jobs.data.length === 0 ? (
        <EmptyState
          title="No jobs yet"
          action={
            editable ? (
              <Link to="/dashboard/jobs/new" className={primaryLink}>
                Create the first job
              </Link>
            ) : undefined
          }
        >
          {editable ? 'Create a job, publish it, and applications will appear here.' : 'When a recruiter creates a job, it will appear here.'}
        </EmptyState>
      ) : (
        <JobsTable jobs={jobs.data} editable={editable} />
      )}
    </section>
  );
}

function JobsTable({ jobs, editable }: { jobs: JobOverview[]; editable: boolean }) {
  return (
    <Table caption="Jobs with applicants per stage">
      <THead>
        <tr>
          <Th>Job</Th>
          <Th>Status</Th>
          <Th className="text-right">Applicants</Th>
          {PIPELINE_STAGES.map((s) => (
            <Th key={s} className="hidden text-right lg:table-cell">
              {PIPELINE_LABELS[s]}
            </Th>
          ))}
          {editable && (
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          )}
        </tr>
      </THead>
      <TBody>
        {jobs.map((job) => (
          <Tr key={job.id}>
            <Td>
              <Link to={`/dashboard/jobs/${job.id}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                {job.title}
              </Link>
              <div className="text-xs text-slate-600">
                {[job.location, TYPE_LABELS[job.employment_type] ?? job.employment_type].filter(Boolean).join(' · ')}
              </div>
            </Td>
            <Td>
              <Badge tone={STATUS[job.status].tone}>{STATUS[job.status].label}</Badge>
            </Td>
            <Td className="text-right whitespace-nowrap">
              <span className="font-semibold text-slate-900 tabular-nums">{job.total}</span>
              {job.newSinceLastVisit > 0 && (
                <span className="ml-2">
                  <Badge
                    tone="accent"
                    title={
                      job.lastVisitedAt
                        ? `Since your last visit on ${new Date(job.lastVisitedAt).toLocaleString()}`
                        : 'You have not opened this job yet'
                    }
                  >
                    {job.newSinceLastVisit} new
                  </Badge>
                </span>
              )}
            </Td>
            {PIPELINE_STAGES.map((s) => (
              <Td key={s} className={`hidden text-right tabular-nums lg:table-cell ${job.stages[s] ? 'text-slate-800' : 'text-slate-500'}`}>
                {job.stages[s]}
              </Td>
            ))}
            {editable && (
              <Td className="text-right">
                <Link to={`/dashboard/jobs/${job.id}/edit`} className="text-sm font-medium text-indigo-700 hover:underline">
                  Edit<span className="sr-only"> {job.title}</span>
                </Link>
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
