// Adds a note as the signed-in member (the author column defaults to auth.uid(); RLS checks the role).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { applicantKeys } from './keys.ts';

export async function addNote(applicationId: string, body: string): Promise<void> {
  const { error } = await supabase.from('notes').insert({ id: crypto.randomUUID(), application_id: applicationId, body });
  if (error) throw fromPostgrestError(error, { denied: 'Your role in this organization does not allow adding notes.' });
}

export function useAddNote(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => addNote(applicationId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicantKeys.notes(applicationId) }),
  });
}
