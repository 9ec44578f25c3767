// Step 2: the PDF goes from the browser straight into the private bucket with one PUT to the signed URL. XHR rather
// than fetch, because only XHR reports upload progress; an AbortSignal cancels it.
import { AppError, connectionError, fromStorageError, storageStatus } from '@/lib/errors';
import { supabaseAnonKey } from '@/lib/supabase-config';

export type UploadProgress = { loaded: number; total: number };

/** `already_stored`: the object exists at our granted path, so an earlier attempt of ours got there. */
export type UploadOutcome = 'stored' | 'already_stored';

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

export function uploadResume({
  signedUrl,
  bytes,
  onProgress,
  signal,
}: {
  signedUrl: string;
  /** The file as read once when it was picked (fileBytes; the checks and autofill read the same bytes). */
  bytes: ArrayBuffer;
  onProgress: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}): Promise<UploadOutcome> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AppError('cancelled'));
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', signedUrl);
    xhr.setRequestHeader('content-type', 'application/pdf');
    xhr.setRequestHeader('x-upsert', 'false');
    xhr.setRequestHeader('apikey', supabaseAnonKey);
    xhr.setRequestHeader('authorization', `Bearer ${supabaseAnonKey}`);
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : bytes.byteLength });
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress({ loaded: bytes.byteLength, total: bytes.byteLength });
        return resolve('stored');
      }
      if (storageStatus(xhr.status, body) === 409) return resolve('already_stored');
      reject(
        fromStorageError(xhr.status, body, {
          too_large: 'Your resume is larger than the 5 MB limit. Try exporting it again with smaller images.',
          unsupported: 'Storage accepts only PDF files. Export your resume as a PDF, then choose that file.',
          expired: 'The upload link expired before the upload finished.',
          denied: 'The upload was refused. Please try again.',
        }),
      );
    };
    xhr.onerror = () => reject(connectionError());
    xhr.ontimeout = () => reject(new AppError('network', 'The upload took too long. Check your connection and try again.'));
    xhr.onabort = () => reject(new AppError('cancelled'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(bytes);
  });
}
