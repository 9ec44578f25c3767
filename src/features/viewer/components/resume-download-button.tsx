// Downloads the resume as "<Full Name> resume.pdf" through a fresh signed URL (kept out of the lazy pdf.js chunk).
import { useDownloadResume } from '../api/download-resume.ts';
import { errorMessage } from '@/lib/errors';
import { buttonClass } from '@/components/ui/button';

export function ResumeDownloadButton({ path, fullName }: { path: string; fullName: string }) {
  const download = useDownloadResume();
  return (
    <div className="flex items-center gap-2">
      {download.error && (
        <p role="alert" className="text-sm text-rose-700">
          The download failed: {errorMessage(download.error)}
        </p>
      )}
      <button
        type="button"
        onClick={() => download.mutate({ path, fullName })}
        disabled={download.isPending}
        className={buttonClass({ variant: 'secondary' })}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
          <path d="M10 3a1 1 0 0 1 1 1v7.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42l2.3 2.3V4a1 1 0 0 1 1-1ZM4 15a1 1 0 0 1 1 1v1h10v-1a1 1 0 1 1 2 0v2a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1Z" />
        </svg>
        {download.isPending ? 'Preparing…' : 'Download resume'}
      </button>
    </div>
  );
}
