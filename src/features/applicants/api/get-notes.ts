// The notes on an application, oldest first (deleted ones are hidden by RLS; their wording stays in note_revisions).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Note } from '../types.ts';
import { applicantKeys } from './keys.ts';

export async function getNotes(applicationId: string): Promise<Note[]> {
  const { data, error } = await supabase
    .from('notes')
    .select('id, author, body, created_at, edited_at')
    .eq('application_id', applicationId)
    .order('created_at', { ascending: true })
    .order('id', { ascending: true });
  if (error) throw fromPostgrestError(error);
  return data ?? [];
}

export const notesQueryOptions = (applicationId: string) =>
  queryOptions({ queryKey: applicantKeys.notes(applicationId), queryFn: () => getNotes(applicationId) });

export const useNotes = (applicationId: string) => useQuery(notesQueryOptions(applicationId));
