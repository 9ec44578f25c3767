// A signed URL for a resume, valid for 10 minutes; react-query signs a new one for any use more than 8 minutes after
// the last (and get-resume re-signs one found lapsed). Each URL issued is recorded for the org's egress figures.
import { queryOptions } from '@tanstack/react-query';
import { fromStorageError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { resumeKeys } from './keys.ts';

export const SIGNED_URL_SECONDS = 600;
export const RENEW_AFTER_MS = 8 * 60_000;

export async function createResumeUrl(path: string, download?: string): Promise<string> {
  const { data, error } = await supabase.storage.from('resumes').createSignedUrl(path, SIGNED_URL_SECONDS, download ? { download } : undefined);
  if (error) {
    const status = (error as { status?: number }).status ?? 400;
    throw fromStorageError(
      status,
      { error: error.name, message: error.message },
      {
        not_found: 'The resume could not be found, or it is not yours to open.',
        invalid: 'The resume could not be found, or it is not yours to open.',
      },
    );
  }
  // Egress accounting (storage_usage): every signed URL handed out counts; a failure here must not block reading.
  void supabase
    .rpc('record_resume_download', { path })
    .then(({ error: countError }) => countError && console.warn('record_resume_download failed:', countError.message));
  return data.signedUrl;
}

export const resumeUrlQueryOptions = (path: string) =>
  queryOptions({
    queryKey: resumeKeys.url(path),
    queryFn: () => createResumeUrl(path),
    staleTime: RENEW_AFTER_MS,
    gcTime: RENEW_AFTER_MS,
    retry: false,
  });
