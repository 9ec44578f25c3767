// The search box over resumes, answers and notes: org-wide on the dashboard, one job's applicants on its page.
// Results come as the user types (debounced), ranked, each with its highlighted snippet and page.
import { useEffect, useId, useState } from 'react';
import { Link } from '@/lib/router';
import { controlClass } from '@/components/ui/field';
import { cardClass } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { LiveRegion } from '@/components/ui/live-region';
import { errorMessage } from '@/lib/errors';
import { StageBadge } from '@/features/applicants';
import type { Stage } from '@/lib/stages';
import { MAX_QUERY_CHARS, useApplicationSearch, type SearchHit } from '../api/search-applications.ts';
import { hitHref, splitSnippet } from '../snippet.ts';

const DEBOUNCE_MS = 250;
const WHERE: Record<SearchHit['field'], string> = { resume: 'Resume', profile: 'Name or email', answers: 'Answers', note: 'Note' };

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function ApplicantSearch({ orgId, jobId, jobTitle }: { orgId: string; jobId?: string; jobTitle?: string }) {
  const [text, setText] = useState('');
  const query = useDebounced(text, DEBOUNCE_MS).trim();
  const search = useApplicationSearch(query, orgId, jobId);
  const id = useId();
  const tooLong = text.trim().length > MAX_QUERY_CHARS;
  const active = query.length > 0 && !tooLong;
  const hits = active ? (search.data ?? []) : [];
  const total = hits[0]?.total ?? 0;
  const busy = active && (search.isFetching || text.trim() !== query);

  const status = !active
    ? ''
    : search.isError
      ? errorMessage(search.error)
      : busy
        ? 'Searching…'
        : total === 0
          ? `No applicants match “${query}”.`
          : `${total} ${total === 1 ? 'applicant matches' : 'applicants match'}${total > hits.length ? `; the best ${hits.length} are shown` : ''}.`;

  return (
    <section aria-labelledby={`${id}-title`} className={`${cardClass} p-4`}>
      <form role="search" onSubmit={(e) => e.preventDefault()} className="space-y-1.5">
        <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          <label htmlFor={`${id}-q`}>{jobTitle ? `Search this job’s applicants` : 'Search all applicants'}</label>
        </h2>
        <div className="relative">
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setText('')}
            placeholder={'e.g. "react native" -java, k8s OR terraform'}
            aria-describedby={`${id}-hint${tooLong ? ` ${id}-long` : ''}`}
            aria-invalid={tooLong || undefined}
            aria-controls={hits.length > 0 ? `${id}-results` : undefined}
            autoComplete="off"
            spellCheck={false}
            className={`${controlClass} pr-9`}
          />
          {busy && <Spinner size="sm" className="absolute top-1/2 right-3 -translate-y-1/2 text-slate-500" />}
        </div>
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          Resumes, names, emails, answers and notes. Use “quotes” for a phrase, OR for either word and -word to leave a word out; skill aliases count
          (k8s finds Kubernetes).
        </p>
        {tooLong && (
          <p id={`${id}-long`} className="text-xs text-rose-700">
            A search can be at most {MAX_QUERY_CHARS} characters long.
          </p>
        )}
      </form>
      <LiveRegion message={status} visible={active && (search.isError || (!busy && total === 0))} />
      {hits.length > 0 && (
        <ol id={`${id}-results`} aria-label="Search results" className="mt-3 divide-y divide-slate-100" aria-busy={busy}>
          {hits.map((hit) => (
            <li key={hit.application_id}>
              <SearchResult hit={hit} showJob={!jobId} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function SearchResult({ hit, showJob }: { hit: SearchHit; showJob: boolean }) {
  const where = hit.field === 'resume' && hit.page ? `Resume, page ${hit.page}` : WHERE[hit.field];
  return (
    <Link
      to={hitHref(hit)}
      className="block rounded-md px-2 py-2.5 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-indigo-600"
    >
      <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-medium text-indigo-700">{hit.full_name}</span>
        <StageBadge stage={hit.stage as Stage} />
        {hit.score !== null && <span className="text-xs text-slate-600">Score {hit.score}</span>}
        {showJob && <span className="text-xs text-slate-600">· {hit.job_title}</span>}
      </span>
      <span className="mt-1 block text-sm break-words text-slate-700">
        <span className="mr-1.5 text-xs font-medium text-slate-500 uppercase">{where}:</span>
        {splitSnippet(hit.snippet).map((part, i) =>
          part.hit ? (
            <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900">
              {part.text}
            </mark>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </span>
    </Link>
  );
}
