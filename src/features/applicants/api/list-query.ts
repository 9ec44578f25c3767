// The filtered, sorted applications of a job as one PostgREST query, shared by the table and the CSV export
// so the export holds exactly the rows the table pages through.
import { supabase } from '@/lib/supabase';
import type { ListParams } from '../types.ts';

/** PostgREST's or=(…) for a name-or-email search; its syntax characters become wildcards so any input is safe. */
export function searchFilter(q: string): string | null {
  const term = q
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[,()"\\*%]/g, '*');
  return term ? `full_name.ilike.*${term}*,email.ilike.*${term}*` : null;
}

export function listQuery(params: ListParams, columns: string, count?: 'exact') {
  // A withdrawn application has left the active list (its resume is deleted too).
  let query = supabase
    .from('applications')
    .select(columns, count ? { count } : undefined)
    .eq('job_id', params.jobId)
    .is('withdrawn_at', null);
  if (params.stage) query = query.eq('stage', params.stage);
  const search = searchFilter(params.q);
  if (search) query = query.or(search);
  const ascending = params.dir === 'asc';
  if (params.sort === 'score') query = query.order('score', { ascending, nullsFirst: false }).order('created_at', { ascending: false });
  else if (params.sort === 'name') query = query.order('full_name', { ascending });
  else query = query.order('created_at', { ascending });
  // A unique last key keeps pages stable: no row on two pages, none skipped.
  return query.order('id', { ascending: true });
}
