// The earlier wordings of a note, newest first (read only when someone opens them).
import { useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { noteKeys } from './keys.ts';

export type NoteRevision = { id: number; body: string; change: 'edited' | 'deleted'; changed_at: string };

export async function getNoteHistory(noteId: string): Promise<NoteRevision[]> {
  const { data, error } = await supabase
    .from('note_revisions')
    .select('id, body, change, changed_at')
    .eq('note_id', noteId)
    .order('changed_at', { ascending: false })
    .order('id', { ascending: false });
  if (error) throw fromPostgrestError(error);
  return (data ?? []) as NoteRevision[];
}

export const useNoteHistory = (noteId: string, enabled: boolean) =>
  useQuery({ queryKey: noteKeys.history(noteId), queryFn: () => getNoteHistory(noteId), enabled });
