// Every version of the organisation's privacy notice, for its members (the settings page).
import { useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { NOTICE_COLUMNS, type PrivacyNotice } from '../types.ts';
import { privacyNoticeKeys } from './get-privacy-notice.ts';

export async function getPrivacyNoticeVersions(orgId: string): Promise<PrivacyNotice[]> {
  const { data, error } = await supabase.from('privacy_notices').select(NOTICE_COLUMNS).eq('org_id', orgId).order('version', { ascending: false });
  if (error) throw fromPostgrestError(error);
  return (data ?? []) as PrivacyNotice[];
}

export const usePrivacyNoticeVersions = (orgId: string) =>
  useQuery({ queryKey: privacyNoticeKeys.versions(orgId), queryFn: () => getPrivacyNoticeVersions(orgId) });
