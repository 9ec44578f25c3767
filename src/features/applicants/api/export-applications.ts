// CSV export of every row the current filters match: paged through the API in chunks, never just the visible page.
import { useMutation } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { toCsv } from '../csv.ts';
import { EXPORT_COLUMNS, type ExportNote, type ExportRecord, type ExportStageEvent } from '../csv-columns.ts';
import type { ListParams } from '../types.ts';
import { listQuery } from './list-query.ts';
import { getJobQuestions } from '../screening/api.ts';

const CHUNK = 500;
// Notes and history are read for this many applications at a time, so the request URL stays short.
const IDS_PER_REQUEST = 100;
const COLUMNS =
  'id, full_name, email, phone, links, stage, score, score_details, parse_status, created_at, answers, knockout, knockout_kept_at, source';

type ApplicationFields = Omit<ExportRecord, 'notes' | 'history' | 'questions'>;

async function byApplication<T extends { application_id: string }>(table: 'notes' | 'stage_events', columns: string, order: string, ids: string[]) {
  const found = new Map<string, T[]>();
  for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) {
    const { data, error } = await supabase
      .from(table)
      .select(columns)
      .in('application_id', ids.slice(i, i + IDS_PER_REQUEST))
      .order(order)
      .order('id');
    if (error) throw fromPostgrestError(error);
    for (const row of (data ?? []) as unknown as T[]) found.set(row.application_id, [...(found.get(row.application_id) ?? []), row]);
  }
  return found;
}

export async function exportApplicationsCsv(
  params: ListParams,
  onProgress?: (done: number, total: number) => void,
): Promise<{ csv: string; rows: number }> {
  const rows: ApplicationFields[] = [];
  let total = Infinity;
  while (rows.length < total) {
    const { data, count, error } = await listQuery(params, COLUMNS, 'exact').range(rows.length, rows.length + CHUNK - 1);
    if (error) throw fromPostgrestError(error);
    total = count ?? 0;
    const chunk = (data ?? []) as unknown as ApplicationFields[];
    rows.push(...chunk);
    onProgress?.(rows.length, total);
    if (chunk.length < CHUNK) break;
  }
  const ids = rows.map((r) => r.id);
  const notes = await byApplication<ExportNote>('notes', 'id, application_id, body, created_at', 'created_at', ids);
  const history = await byApplication<ExportStageEvent>('stage_events', 'id, application_id, from_stage, to_stage, at', 'at', ids);
  const questions = await getJobQuestions(params.jobId);
  const records: ExportRecord[] = rows.map((r) => ({ ...r, notes: notes.get(r.id) ?? [], history: history.get(r.id) ?? [], questions }));
  const lines = records.map((r) => EXPORT_COLUMNS.map((c) => c.value(r)));
  return {
    csv: toCsv(
      EXPORT_COLUMNS.map((c) => c.header),
      lines,
    ),
    rows: rows.length,
  };
}

export function downloadCsv(csv: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const useExportApplications = (onProgress?: (done: number, total: number) => void) =>
  useMutation({ mutationFn: (params: ListParams) => exportApplicationsCsv(params, onProgress) });
