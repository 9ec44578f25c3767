// Edits or deletes one's own note through public.edit_note / public.delete_note, which keep the earlier wording.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { applicantKeys } from '@/features/applicants';
import { noteKeys } from './keys.ts';

const refused = { denied: 'Your role in this organization does not allow changing notes.' };

export async function editNote(noteId: string, body: string): Promise<void> {
  const { error } = await supabase.rpc('edit_note', { note_id: noteId, body });
  if (error) throw fromPostgrestError(error, refused);
}

export async function deleteNote(noteId: string): Promise<void> {
  const { error } = await supabase.rpc('delete_note', { note_id: noteId });
  if (error) throw fromPostgrestError(error, refused);
}

export function useChangeNote(applicationId: string) {
  const queryClient = useQueryClient();
  const settle = (noteId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: applicantKeys.notes(applicationId) }),
      queryClient.invalidateQueries({ queryKey: noteKeys.history(noteId) }),
    ]);
  const edit = useMutation({
    mutationFn: ({ noteId, body }: { noteId: string; body: string }) => editNote(noteId, body),
    onSettled: (_d, _e, v) => settle(v.noteId),
  });
  const remove = useMutation({ mutationFn: (noteId: string) => deleteNote(noteId), onSettled: (_d, _e, noteId) => settle(noteId) });
  return { edit, remove };
}
