// The apply form's view of its job's background upload, and a warning before the page is left while it runs.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { isUploading, resumeUpload, type ResumeUpload } from './resume-upload.ts';

/** The job's upload store; the form itself re-renders only when an upload starts or stops, not on every progress event. */
export function useResumeUpload(jobSlug: string): ResumeUpload {
  const [store] = useState(() => resumeUpload(jobSlug));
  const uploading = useSyncExternalStore(store.subscribe, () => isUploading(store.getState()));

  // In-app navigation keeps the upload running; closing or reloading the tab would lose it, so the browser asks first.
  useEffect(() => {
    if (!uploading) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [uploading]);

  return store;
}

/** The upload's whole state, progress included, for the parts of the page that show it. */
export const useUploadState = (store: ResumeUpload) => useSyncExternalStore(store.subscribe, store.getState);
