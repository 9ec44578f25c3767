// List or Board: two views of the same applicants; the search and stage filter travel along in the URL.
import { Link, useLocation } from '@/lib/router';

export function ViewSwitch({ jobId, view }: { jobId: string; view: 'list' | 'board' }) {
  const { search } = useLocation();
  // The list's page number means nothing on the board.
  const query = new URLSearchParams(search);
  query.delete('page');
  const keep = query.toString() ? `?${query}` : '';
  const item = (to: 'list' | 'board', label: string) => (
    <Link
      to={`/dashboard/jobs/${jobId}${to === 'board' ? '/board' : ''}${keep}`}
      aria-current={view === to ? 'page' : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-indigo-600 ${view === to ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Applicant views" className="inline-flex gap-1 rounded-lg bg-slate-100 p-1">
      {item('list', 'List')}
      {item('board', 'Board')}
    </nav>
  );
}
