// Signs this browser out (other devices keep their sessions) and forgets every cached server answer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toAppError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { error } = await supabase.auth.signOut({ scope: 'local' });
      if (error) throw toAppError(error);
    },
    onSettled: () => queryClient.clear(),
  });
}
