// CSV export of every row the current filters match: paged through the API in chunks, never just the visible page.
import { useMutation } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { toCsv } from '../csv.ts';
import { STAGE_LABELS, parseScoreDetails, type ListParams, type Stage } from '../types.ts';
import { listQuery } from './list-query.ts';

const CHUNK = 500;
const COLUMNS = 'id, full_name, email, phone, links, stage, score, score_details, parse_status, created_at';
const HEADER = ['Name', 'Email', 'Phone', 'Stage', 'Score', 'Scoring', 'Applied at', 'LinkedIn', 'Portfolio', 'Matched skills', 'Missing required skills', 'Application ID'];

type ExportRow = {
  id: string;
  full_name: string;
  email: string;
  phone: string | null;
  links: { linkedin?: string; portfolio?: string } | null;
  stage: Stage;
  score: number | null;
  score_details: unknown;
  parse_status: string;
  created_at: string;
};

export async function exportApplicationsCsv(params: ListParams, onProgress?: (done: number, total: number) => void): Promise<{ csv: string; rows: number }> {
  const rows: ExportRow[] = [];
  let total = Infinity;
  while (rows.length < total) {
    const { data, count, error } = await listQuery(params, COLUMNS, 'exact').range(rows.length, rows.length + CHUNK - 1);
    if (error) throw fromPostgrestError(error);
    total = count ?? 0;
    const chunk = (data ?? []) as unknown as ExportRow[];
    rows.push(...chunk);
    onProgress?.(rows.length, total);
    if (chunk.length < CHUNK) break;
  }
  const lines = rows.map((r) => {
    const details = parseScoreDetails(r.score_details);
    return [
      r.full_name,
      r.email,
      r.phone,
      STAGE_LABELS[r.stage] ?? r.stage,
      r.score,
      r.parse_status,
      r.created_at,
      r.links?.linkedin,
      r.links?.portfolio,
      details?.matched.map((m) => m.skill).join('; '),
      details?.missing.filter((m) => m.required).map((m) => m.skill).join('; '),
      r.id,
    ];
  });
  return { csv: toCsv(HEADER, lines), rows: rows.length };
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
