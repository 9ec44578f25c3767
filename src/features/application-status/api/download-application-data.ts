// "Download my data": the download-application-data function checks the status link's key in Postgres and answers the
// JSON of what the candidate submitted plus a signed URL of their resume that works for a few minutes.
import { useMutation } from '@tanstack/react-query';
import { onOurApi } from '@/lib/api-origin';
import { AppError, connectionError, fromFunctionError, isOffline } from '@/lib/errors';
import { invokeFunction } from '@/lib/public-api';

export type ApplicationDataExport = {
  exportedAt: string;
  application: { reference: string; jobTitle: string };
  resume: { sizeBytes: number; downloadUrl: string | null; expiresAt?: string; note?: string };
  [section: string]: unknown;
};

const isExport = (data: unknown): data is ApplicationDataExport => {
  const d = data as Partial<ApplicationDataExport> | null;
  return typeof d === 'object' && d !== null && typeof d.application?.reference === 'string' && typeof d.resume === 'object' && d.resume !== null;
};

export async function downloadApplicationData(applicationId: string, key: string): Promise<ApplicationDataExport> {
  if (isOffline()) throw connectionError();
  let data: unknown;
  try {
    data = await invokeFunction<unknown>('download-application-data', { applicationId, key });
  } catch (error) {
    throw await fromFunctionError(error, { not_found: 'This link no longer matches an application, so there is no data to download.' });
  }
  if (!isExport(data)) throw new AppError('unavailable', 'The download gave an unexpected answer. Please try again in a moment.');
  const { downloadUrl } = data.resume;
  return { ...data, resume: { ...data.resume, downloadUrl: downloadUrl && onOurApi(downloadUrl) } };
}

export const useDownloadApplicationData = (applicationId: string, key: string) =>
  useMutation({ mutationFn: () => downloadApplicationData(applicationId, key) });
