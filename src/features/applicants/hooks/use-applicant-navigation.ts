// The previous and next applicant in the list the recruiter came from (same filters, sort and page), across page
// boundaries, and the j / k keys that move between them.
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@/lib/router';
import { applicationsPageQueryOptions } from '../api/get-applications.ts';
import { PAGE_SIZE, type ListParams } from '../types.ts';
import { listSearch } from './use-list-params.ts';

type Neighbour = { id: string; name: string; page: number } | null;
export type Position = { index: number; total: number } | null;
type Remembered = {
  id: string;
  prevHref: string | null;
  prevName: string | null;
  nextHref: string | null;
  nextName: string | null;
  position: Position;
};

export function useApplicantNavigation(params: ListParams, applicationId: string) {
  const current = useQuery(applicationsPageQueryOptions(params));
  const rows = current.data?.rows ?? [];
  const total = current.data?.total ?? 0;
  const index = rows.findIndex((r) => r.id === applicationId);
  const atStart = index === 0 && params.page > 1;
  const atEnd = index >= 0 && index === rows.length - 1 && params.page * PAGE_SIZE < total;
  const before = useQuery({ ...applicationsPageQueryOptions({ ...params, page: params.page - 1 }), enabled: atStart });
  const after = useQuery({ ...applicationsPageQueryOptions({ ...params, page: params.page + 1 }), enabled: atEnd });

  let prev: Neighbour = null;
  let next: Neighbour = null;
  if (index > 0) prev = { id: rows[index - 1].id, name: rows[index - 1].full_name, page: params.page };
  else if (atStart && before.data?.rows.length) {
    const last = before.data.rows[before.data.rows.length - 1];
    prev = { id: last.id, name: last.full_name, page: params.page - 1 };
  }
  if (index >= 0 && index < rows.length - 1) next = { id: rows[index + 1].id, name: rows[index + 1].full_name, page: params.page };
  else if (atEnd && after.data?.rows.length) next = { id: after.data.rows[0].id, name: after.data.rows[0].full_name, page: params.page + 1 };

  const navigate = useNavigate();
  const hrefOf = (n: Neighbour) => (n ? `/dashboard/jobs/${params.jobId}/applications/${n.id}${listSearch({ ...params, page: n.page })}` : null);
  const found: Remembered = {
    id: applicationId,
    prevHref: hrefOf(prev),
    prevName: prev?.name ?? null,
    nextHref: hrefOf(next),
    nextName: next?.name ?? null,
    position: index >= 0 ? { index: (params.page - 1) * PAGE_SIZE + index + 1, total } : null,
  };

  // Moving an applicant out of a stage filter drops it from the list; keep stepping from where it was.
  const [remembered, setRemembered] = useState<Remembered | null>(null);
  if (index >= 0 && JSON.stringify(found) !== JSON.stringify(remembered)) setRemembered(found);
  const shown = index < 0 && remembered?.id === applicationId ? remembered : found;

  return { ...shown, go: (href: string | null) => href && navigate(href) };
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** j / k outside text fields and dialogs, without modifier keys. */
export function useJkKeys(onNext: () => void, onPrev: () => void) {
  const handlers = useRef({ onNext, onPrev });
  useEffect(() => {
    handlers.current = { onNext, onPrev };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      if (e.key === 'j') handlers.current.onNext();
      else if (e.key === 'k') handlers.current.onPrev();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
