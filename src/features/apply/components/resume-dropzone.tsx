// The resume picker: drop a file on it or use the button (a real file input, so keyboard and screen readers work as
// everywhere else). Every file is checked in the browser before the form accepts it.
import { useId, useRef, useState, type DragEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icons';
import { MAX_RESUME_BYTES, SCAN_WARNING, checkOpens, checkPdfFile, checkReadable, formatFileSize } from '../check-pdf.ts';
import { fileFingerprint } from '../draft.ts';
import type { ChosenResume } from '../resume-upload.ts';

type ResumeDropzoneProps = {
  file: ChosenResume | null;
  error?: string;
  disabled?: boolean;
  /** The file input, so the form can move focus here when the resume is missing. */
  inputRef?: React.Ref<HTMLInputElement>;
  onBlur?: () => void;
  /** A file that passed the instant checks; `readable` settles once pdf.js has opened it (the upload waits for that only). */
  onAccept: (file: File, readable: Promise<boolean>) => void;
  onReject: (message: string) => void;
  onRemove: () => void;
};

export function ResumeDropzone({ file, error, disabled = false, inputRef, onBlur, onAccept, onReject, onRemove }: ResumeDropzoneProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [checking, setChecking] = useState(false);
  // The accepted file that has no text layer: it is sent, with a warning that stays while it is the chosen file.
  const [scanned, setScanned] = useState<string | null>(null);
  const ids = { input: `${id}-input`, hint: `${id}-hint`, error: `${id}-error`, file: `${id}-file`, warning: `${id}-warning` };

  const latest = useRef<File | null>(null);

  const take = async (files: FileList | null) => {
    const chosen = files?.[0];
    if (!chosen) return;
    latest.current = chosen;
    const check = await checkPdfFile(chosen);
    if (!check.ok) {
      onReject(check.message);
      setAnnouncement(check.message);
      return;
    }
    // Accepted at once (autofill starts reading it); pdf.js's verdict on a password comes when it has opened the file,
    // and the upload starts then; whether it is a scan is known once the text is read, beside the upload.
    setScanned(null);
    const opening = checkOpens(chosen);
    onAccept(
      chosen,
      opening.then((r) => r.ok),
    );
    setAnnouncement(`${chosen.name} added, ${formatFileSize(chosen.size)}.`);
    setChecking(true);
    const opened = await opening;
    if (latest.current !== chosen) return;
    setChecking(false);
    if (!opened.ok) {
      onReject(opened.message);
      setAnnouncement(opened.message);
      return;
    }
    const readable = await checkReadable(chosen);
    if (latest.current !== chosen) return;
    if (readable.ok && readable.scan) {
      setScanned(fileFingerprint(chosen));
      setAnnouncement(SCAN_WARNING);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!disabled) void take(e.dataTransfer.files);
  };

  const remove = () => {
    latest.current = null;
    setChecking(false);
    onRemove();
    setAnnouncement('Resume removed.');
    // The Remove button disappears with the file; the picker is where the person continues.
    document.getElementById(ids.input)?.focus();
  };

  const scan = !!file && scanned === file.fingerprint;
  const describedBy = [error ? ids.error : '', ids.hint, file ? ids.file : '', scan ? ids.warning : ''].filter(Boolean).join(' ');

  return (
    <div>
      <label htmlFor={ids.input} className="block text-sm font-medium text-slate-900">
        Resume
      </label>
      <p id={ids.hint} className="mt-0.5 text-sm text-slate-600">
        A PDF of up to {formatFileSize(MAX_RESUME_BYTES)}. It uploads straight to the hiring team's private storage as soon as you choose it; if you
        don&apos;t send your application, it is deleted about 30 minutes later.
      </p>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`mt-1.5 rounded-lg border-2 border-dashed transition-colors has-[input:focus]:border-indigo-600 has-[input:focus]:outline-2 has-[input:focus]:outline-offset-2 has-[input:focus]:outline-indigo-600 ${
          dragging
            ? 'border-indigo-500 bg-indigo-50'
            : error
              ? 'border-rose-400 bg-rose-50/40'
              : file
                ? 'border-slate-300 bg-white'
                : 'border-slate-300 bg-slate-50'
        }`}
      >
        <input
          ref={inputRef}
          id={ids.input}
          type="file"
          accept="application/pdf,.pdf"
          className="sr-only"
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onBlur={onBlur}
          onChange={(e) => {
            void take(e.target.files);
            e.target.value = ''; // choosing the same file again after removing it must fire change again
          }}
        />
        {file ? (
          <div className="flex flex-col gap-4 p-4 sm:flex-row sm:items-center">
            <span className="grid size-11 shrink-0 place-items-center rounded-lg bg-indigo-50 text-indigo-700">
              <Icon name="document" className="size-6" />
            </span>
            <div id={ids.file} className="min-w-0 flex-1">
              <p className="truncate text-sm font-semibold text-slate-900">{file.name}</p>
              <p className="text-sm text-slate-600">PDF · {formatFileSize(file.size)}</p>
            </div>
            <div className="flex gap-2">
              <label
                htmlFor={ids.input}
                className={`inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 ${disabled ? 'pointer-events-none opacity-60' : ''}`}
              >
                Replace<span className="sr-only"> resume</span>
              </label>
              <Button variant="ghost" size="sm" onClick={remove} disabled={disabled}>
                Remove<span className="sr-only"> {file.name}</span>
              </Button>
            </div>
          </div>
        ) : (
          <div className="flex flex-col items-center px-6 py-8 text-center">
            <Icon name="upload" className="size-8 text-slate-500" />
            <p className="mt-3 text-sm text-slate-700">
              <span className="hidden sm:inline">Drag and drop your resume here, or </span>
              <label
                htmlFor={ids.input}
                className={`cursor-pointer font-semibold text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-700 ${disabled ? 'pointer-events-none opacity-60' : ''}`}
              >
                <span className="sm:hidden">Choose a PDF file</span>
                <span className="hidden sm:inline">choose a PDF</span>
              </label>
            </p>
            <p className="mt-1 text-xs text-slate-600">PDF only · up to {formatFileSize(MAX_RESUME_BYTES)}</p>
          </div>
        )}
      </div>
      {checking && file && (
        <p className="mt-1.5 text-sm text-slate-600" role="status">
          Checking the PDF…
        </p>
      )}
      {scan && !error && (
        <p
          id={ids.warning}
          data-testid="resume-scan-warning"
          className="mt-1.5 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {SCAN_WARNING}
        </p>
      )}
      {error && (
        <p id={ids.error} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-rose-700">
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="mt-0.5 size-4 shrink-0">
            <path
              fillRule="evenodd"
              d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
              clipRule="evenodd"
            />
          </svg>
          {error}
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
