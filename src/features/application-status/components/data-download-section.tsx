// "Download my data": the JSON of what the candidate submitted is saved at once, and the resume gets a link that
// works for a few minutes (a signed Storage URL), so both can be kept.
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/errors';
import { useDownloadApplicationData, type ApplicationDataExport } from '../api/download-application-data.ts';

type Saved = { fileName: string; url: string; resume: ApplicationDataExport['resume'] };

export function DataDownloadSection({ applicationId, statusKey }: { applicationId: string; statusKey: string }) {
  const download = useDownloadApplicationData(applicationId, statusKey);
  const [saved, setSaved] = useState<Saved | null>(null);
  const result = useRef<HTMLDivElement>(null);

  // The blob URL lives as long as the page shows its link.
  useEffect(() => () => (saved ? URL.revokeObjectURL(saved.url) : undefined), [saved]);
  useEffect(() => {
    if (saved) result.current?.focus();
  }, [saved]);

  const start = () =>
    download.mutate(undefined, {
      onSuccess: (data) => {
        const fileName = `application-${data.application.reference}.json`;
        const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
        saveAs(url, fileName);
        setSaved({ fileName, url, resume: data.resume });
      },
    });

  return (
    <section aria-labelledby="data-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="data-heading" className="text-base font-semibold text-slate-900">
        Download your data
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        A file with what you submitted (your details, answers and consent), where your application stands and the emails we sent you, plus your
        resume.
      </p>
      {download.isError && (
        <Alert tone="error" className="mt-4" title="Your data could not be downloaded">
          {errorMessage(download.error)}
        </Alert>
      )}
      {saved && (
        <Alert ref={result} tone="success" className="mt-4" title="Your data is ready">
          <ul className="mt-1 space-y-2">
            <li>
              <a href={saved.url} download={saved.fileName} className="font-medium text-indigo-700 underline hover:text-indigo-900">
                Save your data ({saved.fileName})
              </a>
            </li>
            <li>
              {saved.resume.downloadUrl ? (
                <>
                  <a href={saved.resume.downloadUrl} className="font-medium text-indigo-700 underline hover:text-indigo-900">
                    Download your resume (PDF, {formatSize(saved.resume.sizeBytes)})
                  </a>
                  <span className="block text-sm text-slate-600">This link works for 5 minutes; download your data again for a new one.</span>
                </>
              ) : (
                <span>{saved.resume.note ?? 'Your resume is no longer stored.'}</span>
              )}
            </li>
          </ul>
        </Alert>
      )}
      <Button variant="secondary" className="mt-4" busy={download.isPending} onClick={start}>
        {download.isPending ? 'Preparing your data…' : 'Download my data'}
      </Button>
    </section>
  );
}

function saveAs(url: string, fileName: string) {
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
}

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
