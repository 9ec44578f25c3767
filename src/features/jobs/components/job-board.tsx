// The public job board: every open job, searchable by title, location or company; the search lives in ?q=.
import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from '@/lib/router';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Icon } from '@/components/ui/icons';
import { QueryError } from '@/components/ui/query-error';
import { LoadingSkeleton, Skeleton } from '@/components/ui/skeleton';
import { useOpenJobs } from '../api/get-open-jobs.ts';
import { matchesQuery } from '../format.ts';
import { JobCard } from './job-card.tsx';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function JobBoard() {
  const jobs = useOpenJobs();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  // The box keeps what is typed in its own state: a URL change commits in a transition, and a controlled input fed
  // from the URL snapped back to the older value between keys on a slow CPU, dropping characters ("backend" → "bcd").
  const [text, setText] = useState(query);
  const [writing, setWriting] = useState(false);
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    // Back/Forward, a link or a reload changed the URL: the box follows, unless the person is still typing.
    if (!writing && query !== text) setText(query);
  }
  const deferredQuery = useDeferredValue(text);
  const searchId = useId();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const writeQuery = (q: string) => setParams(q ? { q } : {}, { replace: true });
  /** The URL follows the box once typing pauses, so each key is not a navigation. */
  const type = (q: string) => {
    setText(q);
    setWriting(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setWriting(false);
      writeQuery(q);
    }, 250);
  };
  const setQuery = (q: string) => {
    clearTimeout(timer.current);
    setWriting(false);
    setText(q);
    writeQuery(q);
  };
  const visible = jobs.data?.filter((job) => matchesQuery(job, deferredQuery)) ?? [];
  const total = jobs.data?.length ?? 0;
  const status = !jobs.data
    ? ''
    : deferredQuery.trim()
      ? `${plural(visible.length, 'job matches', 'jobs match')} “${deferredQuery.trim()}”`
      : plural(total, 'open job', 'open jobs');

  return (
    <div>
      <title>Open jobs · Smart ATS</title>
      <div className="max-w-2xl">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">Find your next role</h1>
        <p className="mt-3 text-lg text-slate-700">
          Open positions at teams hiring with Smart ATS. No account needed: apply with your resume in a couple of minutes.
        </p>
      </div>

      <form role="search" className="mt-8" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={searchId} className="block text-sm font-medium text-slate-900">
          Search jobs
        </label>
        <div className="relative mt-1.5 max-w-xl">
          <Icon name="search" className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500" />
          <input
            id={searchId}
            type="search"
            value={text}
            onChange={(e) => type(e.target.value)}
            placeholder="Title, location or company"
            autoComplete="off"
            className="block w-full rounded-lg border border-slate-300 bg-white py-2.5 pr-3 pl-10 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-indigo-600 focus:outline-2 focus:outline-offset-0 focus:outline-indigo-600/30"
          />
        </div>
      </form>

      <p role="status" aria-live="polite" className="mt-6 text-sm font-medium text-slate-700">
        {status}
      </p>

      <div className="mt-3">
        {jobs.isPending ? (
          <JobBoardSkeleton />
        ) : jobs.isError ? (
          <QueryError title="The jobs could not be loaded" error={jobs.error} retrying={jobs.isFetching} onRetry={() => jobs.refetch()} />
        ) : total === 0 ? (
          <EmptyState title="No open jobs right now">New positions are posted regularly. Please check back soon.</EmptyState>
        ) : visible.length === 0 ? (
          <EmptyState
            title="No jobs match your search"
            action={
              <Button variant="secondary" onClick={() => setQuery('')}>
                Clear the search
              </Button>
            }
          >
            Try a different title, city or company, or browse all {plural(total, 'open job', 'open jobs')}.
          </EmptyState>
        ) : (
          <ul className="grid gap-4" aria-label="Open jobs">
            {visible.map((job) => (
              <li key={job.id}>
                <JobCard job={job} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function JobBoardSkeleton() {
  return (
    <LoadingSkeleton label="Loading open jobs…">
      <ul className="grid gap-4">
        {[0, 1, 2].map((i) => (
          <li key={i} className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="mt-3 h-6 w-64 max-w-full" />
            <div className="mt-4 flex gap-4">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-4 w-20" />
              <Skeleton className="h-4 w-28" />
            </div>
          </li>
        ))}
      </ul>
    </LoadingSkeleton>
  );
}
