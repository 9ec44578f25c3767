// Step 1 of the upload flow: the sign-upload function checks the job and the file and hands out a signed upload URL
// for a path it chose. It never sees the file.
import { AppError, connectionError, fromFunctionError, isOffline } from '@/lib/errors';
import { invokeFunction } from '@/lib/public-api';
import { onOurApi } from '@/lib/api-origin';
import { rememberGrantedStatusKey } from '@/features/application-status';

/** statusKey: the status link's key the function derived for this path (older deployments send none). */
export type UploadGrant = { path: string; token: string; signedUrl: string; expiresAt: string; statusKey?: string };

const isGrant = (data: unknown): data is UploadGrant =>
  typeof data === 'object' &&
  data !== null &&
  ['path', 'token', 'signedUrl', 'expiresAt'].every((k) => typeof (data as Record<string, unknown>)[k] === 'string');

export async function signUpload({ jobSlug, fileSize }: { jobSlug: string; fileSize: number }): Promise<UploadGrant> {
  if (isOffline()) throw connectionError();
  let data: unknown;
  try {
    data = await invokeFunction<unknown>('sign-upload', { jobSlug, fileSize, contentType: 'application/pdf' });
  } catch (error) {
    throw await fromFunctionError(error, {
      not_found: 'This job no longer exists, so it cannot take applications.',
      invalid: 'The upload request was not accepted. Please reload the page and try again.',
    });
  }
  if (!isGrant(data)) throw new AppError('unavailable', 'The upload service gave an unexpected answer. Please try again in a moment.');
  if (typeof data.statusKey === 'string') rememberGrantedStatusKey(data.path, data.statusKey);
  return { ...data, signedUrl: onOurApi(data.signedUrl) };
}
