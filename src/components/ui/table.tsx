// Data tables with real table semantics: a caption, column headers with scope, and aria-sort on sortable columns.
import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

export function Table({ caption, captionHidden = true, children }: { caption: ReactNode; captionHidden?: boolean; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className={captionHidden ? 'sr-only' : 'px-4 py-3 text-left text-sm font-medium text-slate-700'}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export const THead = ({ children }: { children: ReactNode }) => <thead className="bg-slate-50">{children}</thead>;
export const TBody = ({ children }: { children: ReactNode }) => <tbody className="divide-y divide-slate-100 text-slate-700">{children}</tbody>;

export function Tr({ selected, children, className = '' }: { selected?: boolean; children: ReactNode; className?: string }) {
  return <tr className={`${selected ? 'bg-indigo-50/60' : 'hover:bg-slate-50'} ${className}`}>{children}</tr>;
}

export function Th({ children, className = '', ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th scope="col" className={`px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 ${className}`} {...rest}>
      {children}
    </th>
  );
}

export type SortDirection = 'asc' | 'desc';

/** A column header that sorts: the header carries aria-sort, the button inside does the sorting. */
export function SortableTh({
  label,
  active,
  direction,
  onSort,
  className = '',
}: {
  label: string;
  active: boolean;
  direction: SortDirection;
  onSort: () => void;
  className?: string;
}) {
  const ariaSort = active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th
      scope="col"
      aria-sort={ariaSort}
      className={`px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 ${className}`}
    >
      <button
        type="button"
        onClick={onSort}
        className="-mx-1 inline-flex items-center gap-1 rounded px-1 uppercase tracking-wide hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {label}
        <span aria-hidden="true" className={active ? 'text-indigo-600' : 'text-slate-300'}>
          {active && direction === 'asc' ? '▲' : '▼'}
        </span>
      </button>
    </th>
  );
}

export function Td({ children, className = '', ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td className={`px-3 py-2.5 align-middle ${className}`} {...rest}>
      {children}
    </td>
  );
}
