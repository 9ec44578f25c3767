// The filtered, sorted applications of a job as one PostgREST query, shared by the table and the CSV export
// so the export holds exactly the rows the table pages through.
import { supabase } from '@/lib/supabase';
import type { ListParams } from '../types.ts';
import { answerFilter } from '../screening/answer-filter.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** PostgREST's or=(…) for a name, email or reference search; its syntax characters become wildcards so any input is safe. */
export function searchFilter(q: string): string | null {
  const term = q
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[,()"\\*%]/g, '*');
  if (!term) return null;
  // The candidate quotes the short reference (8 hex digits) or the full one (the id).
  if (UUID.test(term)) return `id.eq.${term.toLowerCase()}`;
  const reference = /^#?[0-9a-f]{4,8}$/i.test(term) ? `,reference.like.${term.replace('#', '').toUpperCase()}*` : '';
  return `full_name.ilike.*${term}*,email.ilike.*${term}*${reference}`;
}

export function listQuery(params: ListParams, columns: string, count?: 'exact') {
  // A withdrawn application has left the active list (its resume is deleted too).
  let query = supabase
    .from('applications')
    .select(columns, count ? { count } : undefined)
    .eq('job_id', params.jobId)
    .is('withdrawn_at', null)
    // A person's earlier submissions to this job are listed under their latest one.
    .eq('superseded', false);
  if (params.stage) query = query.eq('stage', params.stage);
  const search = searchFilter(params.q);
  if (search) query = query.or(search);
  if (params.source === 'none') query = query.is('source', null);
  else if (params.source) query = query.eq('source', params.source);
  const answer = answerFilter(params.answer);
  if (answer) query = query.contains('answers', answer);
  const ascending = params.dir === 'asc';
  if (params.sort === 'score') query = query.order('score', { ascending, nullsFirst: false }).order('created_at', { ascending: false });
  else if (params.sort === 'name') query = query.order('full_name', { ascending });
  else query = query.order('created_at', { ascending });
  // A unique last key keeps pages stable: no row on two pages, none skipped.
  return query.order('id', { ascending: true });
}
