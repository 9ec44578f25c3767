// The browser's own look at a resume before anything is sent: a PDF by type and by its first bytes, within the bucket's size limit,
// that opens without a password (pdf.js, in autofill's worker); a scan without a text layer is let through, flagged.
// The file is read once (fileBytes): autofill and the upload use the same bytes.
import { fileBytes } from '@/lib/file-bytes';
import { inspectResume, openResume } from '@/features/autofill';

/** The `resumes` bucket's file_size_limit (5 MiB); Storage refuses anything larger anyway. */
export const MAX_RESUME_BYTES = 5 * 1024 * 1024;

export type PdfCheck =
  { ok: true; scan: boolean } | { ok: false; reason: 'empty' | 'too_large' | 'type' | 'signature' | 'unreadable' | 'locked'; message: string };

export const LOCKED_MESSAGE = 'This PDF is locked with a password; please export it without one.';
export const SCAN_WARNING =
  'This PDF looks like a scan: it has no text we can read. It will be sent, but the team’s search and ranking cannot read a scan, so a PDF exported from your editor works better.';

const PDF_SIGNATURE = '%PDF-';
const PDF_TYPES = new Set(['application/pdf', 'application/x-pdf']);
// Browsers report an empty or generic type for some files; then the name has to say PDF.
const VAGUE_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
}

/** What the first bytes say the file really is, to word the refusal; null when we don't recognise them. */
function sniff(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a Word or other Office document';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an older Word document';
  return null;
}

/** The checks of the file itself (type, size, first bytes): instant, so the picker answers at once. */
export async function checkPdfFile(file: File): Promise<PdfCheck> {
  const looksLikePdf = PDF_TYPES.has(file.type) || (VAGUE_TYPES.has(file.type) && /\.pdf$/i.test(file.name));
  if (!looksLikePdf) {
    return { ok: false, reason: 'type', message: `“${file.name}” is not a PDF. Save or export your resume as a PDF, then choose that file.` };
  }
  if (file.size === 0) return { ok: false, reason: 'empty', message: `“${file.name}” is empty. Choose the PDF of your resume.` };
  if (file.size > MAX_RESUME_BYTES) {
    return {
      ok: false,
      reason: 'too_large',
      message: `“${file.name}” is ${formatFileSize(file.size)}; the limit is ${formatFileSize(MAX_RESUME_BYTES)}. Try exporting it again with smaller images.`,
    };
  }
  let head: Uint8Array;
  try {
    head = new Uint8Array(await fileBytes(file), 0, Math.min(8, file.size));
  } catch {
    return { ok: false, reason: 'unreadable', message: `“${file.name}” could not be read. Choose the file again, or copy it to this device first.` };
  }
  const signature = String.fromCharCode(...head.subarray(0, PDF_SIGNATURE.length));
  if (signature !== PDF_SIGNATURE) {
    const actually = sniff(head);
    return {
      ok: false,
      reason: 'signature',
      message: `“${file.name}” is not a real PDF${actually ? ` (it is ${actually} with a .pdf name)` : ''}. Export your resume as a PDF, then choose that file.`,
    };
  }
  return { ok: true, scan: false };
}

/** Whether pdf.js opens it without a password, as soon as it has (the upload waits for this, not for the text). */
export async function checkOpens(file: File): Promise<PdfCheck> {
  return (await openResume(file)) === 'locked' ? { ok: false, reason: 'locked', message: LOCKED_MESSAGE } : { ok: true, scan: false };
}

/** Whether pdf.js can open it without a password, and finds text in it; a file it could not judge in time passes. */
export async function checkReadable(file: File): Promise<PdfCheck> {
  const readability = await inspectResume(file);
  if (readability === 'locked') return { ok: false, reason: 'locked', message: LOCKED_MESSAGE };
  return { ok: true, scan: readability === 'scan' };
}

/** Every check a resume passes before anything is sent; the apply flow awaits it before signing an upload. */
export async function checkPdf(file: File): Promise<PdfCheck> {
  const check = await checkPdfFile(file);
  return check.ok ? checkReadable(file) : check;
}
