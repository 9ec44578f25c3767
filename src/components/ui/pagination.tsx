// Previous / next paging with where you are ("51–100 of 312") announced to screen readers.
import { buttonClass } from './button.tsx';

export function Pagination({
  page,
  pageSize,
  total,
  onPage,
  label = 'Pages',
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  label?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const button = buttonClass({ variant: 'secondary', size: 'sm' });
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-4 py-3 text-sm text-slate-600">
      <p aria-live="polite">{total === 0 ? 'No results' : `${first.toLocaleString()}–${last.toLocaleString()} of ${total.toLocaleString()}`}</p>
      <div className="flex items-center gap-2">
        <button type="button" className={button} disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous<span className="sr-only"> page</span>
        </button>
        <span>
          Page {page} of {pages}
        </span>
        <button type="button" className={button} disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Next<span className="sr-only"> page</span>
        </button>
      </div>
    </nav>
  );
}
