// The organisation's current privacy notice: what candidates agree to (anon reads only that one, of an organisation
// with an open job).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { restSelect } from '@/lib/public-api';
import { NOTICE_COLUMNS, type PrivacyNotice } from '../types.ts';

export const privacyNoticeKeys = {
  current: (orgId: string) => ['privacy-notice', 'current', orgId] as const,
  versions: (orgId: string) => ['privacy-notice', 'versions', orgId] as const,
};

// Over plain fetch with the anon key (public-api), so the apply page does not load supabase-js for it.
export async function getCurrentPrivacyNotice(orgId: string): Promise<PrivacyNotice | null> {
  const { data, error } = await restSelect<PrivacyNotice>('privacy_notices', {
    select: NOTICE_COLUMNS,
    org_id: `eq.${orgId}`,
    order: 'version.desc',
    limit: '1',
  });
  if (error) throw fromPostgrestError(error);
  return data?.[0] ?? null;
}

export const currentPrivacyNoticeOptions = (orgId: string) =>
  queryOptions({ queryKey: privacyNoticeKeys.current(orgId), queryFn: () => getCurrentPrivacyNotice(orgId) });

export const useCurrentPrivacyNotice = (orgId: string | undefined) => useQuery({ ...currentPrivacyNoticeOptions(orgId ?? ''), enabled: !!orgId });
