// One page of applicants: sortable columns, a checkbox per row for bulk actions, and what is new since your last visit.
import { useEffect, useRef } from 'react';
import { Link } from '@/lib/router';
import { Badge } from '@/components/ui/badge';
import { SortableTh, TBody, THead, Table, Td, Th, Tr } from '@/components/ui/table';
import { DEFAULT_DIR } from '../hooks/use-list-params.ts';
import type { ApplicationRow, ListParams, SortKey } from '../types.ts';
import { ScoreCell } from './score.tsx';
import { StageBadge } from './stage-badge.tsx';
import { SubmissionCount } from './submission-count.tsx';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function ApplicantsTable({
  rows,
  params,
  onSort,
  selectable,
  selected,
  onSelect,
  previousVisit,
  linkTo,
}: {
  rows: readonly ApplicationRow[];
  params: ListParams;
  onSort: (sort: SortKey, dir: 'asc' | 'desc') => void;
  selectable: boolean;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], checked: boolean) => void;
  previousVisit: string | null | undefined;
  linkTo: (id: string) => string;
}) {
  const allChecked = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const someChecked = rows.some((r) => selected.has(r.id));
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = someChecked && !allChecked;
  }, [someChecked, allChecked]);

  const sortable = (key: SortKey, label: string, className?: string) => (
    <SortableTh
      label={label}
      active={params.sort === key}
      direction={params.sort === key ? params.dir : DEFAULT_DIR[key]}
      onSort={() => onSort(key, params.sort === key ? (params.dir === 'asc' ? 'desc' : 'asc') : DEFAULT_DIR[key])}
      className={className}
    />
  );

  return (
    <Table caption="Applicants">
      <THead>
        <tr>
          {selectable && (
            <Th className="w-10">
              <input
                ref={selectAll}
                type="checkbox"
                aria-label="Select every applicant on this page"
                checked={allChecked}
                onChange={(e) =>
                  onSelect(
                    rows.map((r) => r.id),
                    e.target.checked,
                  )
                }
                className="size-4 rounded border-slate-300 text-indigo-600"
              />
            </Th>
          )}
          {sortable('name', 'Applicant')}
          {sortable('score', 'Score')}
          <Th className="hidden sm:table-cell">Stage</Th>
          {sortable('date', 'Applied', 'text-right')}
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => {
          const isNew = previousVisit !== undefined && (previousVisit === null || Date.parse(row.created_at) > Date.parse(previousVisit));
          return (
            <Tr key={row.id} selected={selected.has(row.id)}>
              {selectable && (
                <Td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.full_name}`}
                    checked={selected.has(row.id)}
                    onChange={(e) => onSelect([row.id], e.target.checked)}
                    className="size-4 rounded border-slate-300 text-indigo-600"
                  />
                </Td>
              )}
              <Td>
                <div className="flex items-center gap-2">
                  <Link to={linkTo(row.id)} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                    {row.full_name}
                  </Link>
                  {isNew && <Badge tone="accent">New</Badge>}
                  <SubmissionCount count={row.submission_count} />
                </div>
                <div className="text-xs break-all text-slate-600">{row.email}</div>
                {/* At phone width the stage rides under the name: its own column would push Applied off the screen. */}
                <div className="mt-1 sm:hidden">
                  <StageBadge stage={row.stage} />
                </div>
              </Td>
              <Td>
                <ScoreCell score={row.score} status={row.parse_status} error={row.parse_error} />
              </Td>
              <Td className="hidden sm:table-cell">
                <StageBadge stage={row.stage} />
              </Td>
              <Td className="text-right whitespace-nowrap text-slate-600">
                <time dateTime={row.created_at}>{dateFormat.format(new Date(row.created_at))}</time>
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
