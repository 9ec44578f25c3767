// Publishes a new version of the organisation's privacy notice (owners only, by RLS); earlier versions stay as they
// were, so every consent keeps pointing at the words the candidate agreed to.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { NOTICE_COLUMNS, type PrivacyNotice } from '../types.ts';
import { privacyNoticeKeys } from './get-privacy-notice.ts';

export async function publishPrivacyNotice(orgId: string, body: string, url: string | null): Promise<PrivacyNotice> {
  const { data, error } = await supabase.from('privacy_notices').insert({ org_id: orgId, body, url }).select(NOTICE_COLUMNS).single();
  if (error)
    throw fromPostgrestError(error, {
      denied: 'Only owners of this organization can publish its privacy notice.',
      invalid: 'The notice was not published: give its text or a link starting with https://.',
    });
  return data as PrivacyNotice;
}

export function usePublishPrivacyNotice(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, url }: { body: string; url: string | null }) => publishPrivacyNotice(orgId, body, url),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: privacyNoticeKeys.current(orgId) }),
        queryClient.invalidateQueries({ queryKey: privacyNoticeKeys.versions(orgId) }),
      ]),
  });
}
