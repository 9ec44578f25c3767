// A job's applicants: ranked, filtered, searched and paged on the server; bulk stage moves; CSV export of every match.
import { useCallback, useEffect, useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { LiveRegion } from '@/components/ui/live-region';
import { Pagination } from '@/components/ui/pagination';
import { downloadCsv, useExportApplications } from '../api/export-applications.ts';
import { useApplicationsPage } from '../api/get-applications.ts';
import { usePreviousVisit } from '../api/record-job-visit.ts';
import { useUndoStageMove, useUpdateStage } from '../api/update-stage.ts';
import { listSearch, useListParams } from '../hooks/use-list-params.ts';
import { useHeldOrder } from '../hooks/use-held-order.ts';
import { PAGE_SIZE, STAGE_LABELS, type Stage } from '../types.ts';
import { ApplicantsTable } from './applicants-table.tsx';
import { ApplicantsToolbar } from './applicants-toolbar.tsx';
import { BulkStageBar } from './bulk-stage-bar.tsx';
import { secondaryButton } from './styles.ts';
import { errorMessage } from '@/lib/errors';
import { LoadingState } from '@/components/ui/loading-state';
import { QueryError } from '@/components/ui/query-error';
import { Alert } from '@/components/ui/alert';
import { Toast, type ToastMessage } from '@/components/ui/toast';
import { RejectDialog, rejectionAnnouncement } from '@/features/email';
import { useQueryClient } from '@tanstack/react-query';
import { applicantKeys } from '../api/keys.ts';

const NONE: ReadonlySet<string> = new Set();

export function ApplicantsList({ jobId, jobSlug, orgId, canEdit }: { jobId: string; jobSlug: string; orgId: string; canEdit: boolean }) {
  const [params, update] = useListParams(jobId);
  const page = useApplicationsPage(params);
  const previousVisit = usePreviousVisit(jobId);
  const moveStage = useUpdateStage(jobId);
  const [progress, setProgress] = useState('');
  const exporter = useExportApplications(useCallback((done: number, total: number) => setProgress(`Exporting ${done} of ${total}…`), []));
  const [announcement, setAnnouncement] = useState('');

  // A selection belongs to the rows on screen; another page or filter starts afresh.
  const paramsKey = listSearch(params);
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: paramsKey, ids: new Set() });
  const selected = selection.key === paramsKey ? selection.ids : NONE;

  // Sorted by score, a rescoring would move rows under the reader: they stay put until "re-sort" (placeholder rows belong to other params).
  const order = useHeldOrder(page.data?.rows, page.isPlaceholderData ? `${paramsKey}#placeholder` : paramsKey, params.sort === 'score');
  const updating = order.rows?.filter((r) => r.parse_status === 'pending' && r.score !== null).length ?? 0;
  const setSelected = (ids: ReadonlySet<string>) => setSelection({ key: paramsKey, ids });

  // Announce the number of matches once per search, filter or page (not on every background refetch).
  const total = page.data?.total ?? 0;
  const [announcedFor, setAnnouncedFor] = useState<string | null>(null);
  if (page.data && !page.isPlaceholderData && announcedFor !== paramsKey) {
    setAnnouncedFor(paramsKey);
    setAnnouncement(`${total} ${total === 1 ? 'applicant' : 'applicants'} found.`);
  }

  // Past the last page (rows moved away or a stale link): go to the last page that exists.
  useEffect(() => {
    if (page.data && !page.isPlaceholderData && page.data.rows.length === 0 && params.page > 1)
      update({ page: Math.max(1, Math.ceil(total / PAGE_SIZE)) });
  }, [page.data, page.isPlaceholderData, params.page, total, update]);

  const onSelect = (ids: string[], checked: boolean) => {
    const next = new Set(selected);
    ids.forEach((id) => (checked ? next.add(id) : next.delete(id)));
    setSelected(next);
  };

  const [toast, setToast] = useState<ToastMessage | null>(null);
  const undoMove = useUndoStageMove(jobId);
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState<readonly string[] | null>(null);

  const onMove = (stage: Stage) => {
    const ids = [...selected];
    // Rejecting goes through the reject dialog (a reason, the email); every other stage is a plain move.
    if (stage === 'rejected') return setRejecting(ids);
    // Where each one was, so Undo can put them back (the selection is always rows on this page).
    const before = new Map((page.data?.rows ?? []).filter((r) => selected.has(r.id)).map((r) => [r.id, r.stage]));
    setToast(null);
    moveStage.mutate(
      { ids, stage },
      {
        onSuccess: (moved) => {
          const text = `${moved} ${moved === 1 ? 'applicant' : 'applicants'} moved to ${STAGE_LABELS[stage]}.`;
          const id = Date.now();
          const undo = () => {
            setToast({ id, text, action: { label: 'Undo', onClick: undo, pending: true } });
            undoMove.mutate(before, {
              onSuccess: (restored) =>
                setToast({ id: Date.now(), text: `Undone: ${restored} ${restored === 1 ? 'applicant is' : 'applicants are'} back where they were.` }),
              onError: (error) => setToast({ id: Date.now(), text: `The move was not undone: ${errorMessage(error)}` }),
            });
          };
          setToast({ id, text, action: { label: 'Undo', onClick: undo } });
          setSelected(new Set());
        },
        onError: (error) => setAnnouncement(errorMessage(error)),
      },
    );
  };

  const onExport = () =>
    exporter.mutate(params, {
      onSuccess: ({ csv, rows }) => {
        const stamp = new Date().toISOString().slice(0, 10);
        downloadCsv(csv, `${jobSlug}-applicants${params.stage ? `-${params.stage}` : ''}-${stamp}.csv`);
        setProgress(`Exported ${rows} ${rows === 1 ? 'applicant' : 'applicants'}.`);
      },
      onError: (error) => setProgress(`The export failed: ${errorMessage(error)}`),
    });

  const filtered = !!(params.q || params.stage || params.source || params.answer);

  return (
    // Room at the bottom for the pinned bulk bar, so it never covers the last rows or the pages.
    <section aria-label="Applicants" className={`space-y-4 ${canEdit && selected.size > 0 ? 'pb-24 sm:pb-16' : ''}`}>
      <ApplicantsToolbar
        params={params}
        onChange={update}
        exportButton={
          <button type="button" className={secondaryButton} onClick={onExport} disabled={exporter.isPending || total === 0}>
            {exporter.isPending ? 'Exporting…' : 'Export CSV'}
          </button>
        }
      />
      <LiveRegion message={announcement} />
      {progress && (
        <p role="status" className="text-sm text-slate-600">
          {progress}
        </p>
      )}
      {moveStage.error && <Alert tone="error">{errorMessage(moveStage.error)}</Alert>}
      <RejectDialog
        open={rejecting !== null}
        orgId={orgId}
        ids={rejecting ?? []}
        who={rejecting?.length === 1 ? '1 applicant' : `${rejecting?.length ?? 0} applicants`}
        onClose={() => setRejecting(null)}
        onRejected={(result) => {
          setRejecting(null);
          setSelected(new Set());
          setAnnouncement(rejectionAnnouncement(result));
        }}
        invalidate={(ids) =>
          Promise.all([
            queryClient.invalidateQueries({ queryKey: applicantKeys.lists(jobId) }),
            ...ids.map((id) => queryClient.invalidateQueries({ queryKey: applicantKeys.detail(id) })),
          ])
        }
      />
      {(updating > 0 || order.reordered) && (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {updating > 0 && (
            <span>
              Updating {updating} {updating === 1 ? 'score' : 'scores'} after the job's skills changed; the previous scores show until then.
            </span>
          )}
          {order.reordered && updating === 0 && <span>The new scores are in; the rows keep their order until you re-sort.</span>}
          {order.reordered && (
            <button type="button" className={secondaryButton} onClick={order.resort}>
              Scores updated — re-sort
            </button>
          )}
        </div>
      )}
      {canEdit && selected.size > 0 && (
        <BulkStageBar count={selected.size} pending={moveStage.isPending} onMove={onMove} onClear={() => setSelected(new Set())} />
      )}

      {page.isPending ? (
        <LoadingState label="Loading applicants…" />
      ) : page.isError ? (
        <QueryError title="The applicants could not be loaded" error={page.error} onRetry={() => page.refetch()} retrying={page.isFetching} />
      ) : page.data.rows.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No applicants match"
            action={
              <button type="button" className={secondaryButton} onClick={() => update({ q: '', stage: null, source: null, answer: null })}>
                Clear search and filter
              </button>
            }
          >
            Nobody {params.stage ? `in ${STAGE_LABELS[params.stage]}` : ''} {params.q ? `matches “${params.q}”` : ''}.
          </EmptyState>
        ) : (
          <EmptyState title="No applicants yet">
            Applications appear here as soon as candidates apply; each is scored against the job's skills.
          </EmptyState>
        )
      ) : (
        <div aria-busy={page.isFetching} className={page.isPlaceholderData ? 'opacity-60 transition-opacity' : undefined}>
          <ApplicantsTable
            rows={order.rows ?? page.data.rows}
            params={params}
            onSort={(sort, dir) => update({ sort, dir })}
            selectable={canEdit}
            selected={selected}
            onSelect={onSelect}
            previousVisit={previousVisit.isSuccess ? previousVisit.data : undefined}
            linkTo={(id) => `/dashboard/jobs/${jobId}/applications/${id}${listSearch(params)}`}
          />
          <Pagination page={params.page} pageSize={PAGE_SIZE} total={total} onPage={(p) => update({ page: p })} label="Applicant pages" />
        </div>
      )}
      <Toast toast={toast} onClose={() => setToast(null)} />
    </section>
  );
}
