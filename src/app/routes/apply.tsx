// /jobs/:slug/apply: the application form for an open job; closed, draft and unknown jobs say they take no applications.
import { Link, useParams } from '@/lib/router';
import { Icon } from '@/components/ui/icons';
import { QueryError } from '@/components/ui/query-error';
import { LoadingSkeleton, Skeleton } from '@/components/ui/skeleton';
import { ApplyForm } from '@/features/apply/components/apply-form';
import { useJob } from '@/features/jobs/api/get-job';
import { useCurrentPrivacyNotice } from '@/features/privacy-notice';
import { JobMeta } from '@/features/jobs/components/job-meta';
import { JobUnavailable } from '@/features/jobs/components/job-unavailable';

// The form is for candidates, not for search results (robots.txt disallows it too).
export function Component() {
  return (
    <>
      <meta name="robots" content="noindex" />
      <ApplyPage />
    </>
  );
}

function ApplyPage() {
  const { slug = '' } = useParams();
  const job = useJob(slug);
  const notice = useCurrentPrivacyNotice(job.data?.status === 'open' ? job.data.org_id : undefined);

  if (job.isPending) return <ApplySkeleton />;
  if (job.isError)
    return <QueryError title="This job could not be loaded" error={job.error} retrying={job.isFetching} onRetry={() => job.refetch()} />;
  if (!job.data || job.data.status !== 'open') return <JobUnavailable title={job.data?.title} />;
  // The form's rules depend on whether a notice needs consent, so it waits for the answer.
  if (notice.isPending) return <ApplySkeleton />;
  if (notice.isError)
    return <QueryError title="This job could not be loaded" error={notice.error} retrying={notice.isFetching} onRetry={() => notice.refetch()} />;

  const data = job.data;
  return (
    <div>
      <Link
        to={`/jobs/${data.slug}`}
        className="inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-slate-700 hover:text-indigo-700"
      >
        <Icon name="arrowLeft" /> Back to the job description
      </Link>
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <ApplyForm
          job={{
            id: data.id,
            slug: data.slug,
            title: data.title,
            organizationName: data.organizations?.name ?? 'the hiring team',
            questions: data.questions,
            privacyNotice: notice.data,
          }}
        />
        <aside
          aria-label="The job"
          className="hidden self-start rounded-xl border border-slate-200 bg-white p-5 shadow-sm lg:sticky lg:top-6 lg:block"
        >
          <p className="text-sm font-semibold text-indigo-700">{data.organizations?.name}</p>
          <p className="mt-1 text-base font-semibold text-slate-900">{data.title}</p>
          <div className="mt-3 [&_ul]:flex-col [&_ul]:gap-2">
            <JobMeta job={data} showOrganization={false} />
          </div>
          <div className="mt-5 border-t border-slate-200 pt-4 text-sm leading-6 text-slate-700">
            <p className="font-medium text-slate-900">How your resume is handled</p>
            <p className="mt-1">It is checked on this device, then uploaded directly to private storage. Only this job's hiring team can open it.</p>
          </div>
        </aside>
      </div>
    </div>
  );
}

function ApplySkeleton() {
  return (
    <LoadingSkeleton label="Loading the application form…" className="max-w-2xl">
      <Skeleton className="h-4 w-40" />
      <Skeleton className="mt-8 h-9 w-96 max-w-full" />
      <Skeleton className="mt-4 h-4 w-80 max-w-full" />
      <Skeleton className="mt-10 h-64 w-full rounded-xl" />
    </LoadingSkeleton>
  );
}
