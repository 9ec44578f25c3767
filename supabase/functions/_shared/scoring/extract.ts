// Turns PDF bytes into pages of lines in reading order with pdf.js, and every way that can fail into a ScoringError.
import { ScoringError, fromPdfjsError } from './errors.ts';
import { layoutPage } from './layout.ts';
import { DEFAULT_OCR_MAX_PAGES, ocrDoc } from './ocr.ts';
import type { PdfjsLike, PdfjsLoadingTask, PdfjsPage, PdfjsTextItem } from './pdfjs-like.ts';
import type { ExtractOptions, ExtractedDoc, ExtractedPage, TextItem } from './types.ts';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_PAGES = 50;
/** Fewer letters and digits than this across the whole document means a scan without a text layer. */
const MIN_TEXT_CHARS = 20;
const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const EOF_MARK = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

export async function extractText(bytes: Uint8Array, pdfjs: PdfjsLike, opts: ExtractOptions = {}): Promise<ExtractedDoc> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) throw new ScoringError('too_large', `The file is ${bytes.byteLength} bytes; the limit is ${maxBytes}.`);
  if (!hasPdfHeader(bytes)) throw new ScoringError('not_pdf', 'The file is not a PDF (no %PDF- header).');
  // pdf.js quietly rebuilds a cut-off file from what it finds, so truncation is caught here rather than scored half-read.
  if (lastIndexOf(bytes, EOF_MARK) < 0) throw new ScoringError('unreadable', 'The PDF is truncated (no %%EOF marker).');

  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = () => new ScoringError('timeout', `Reading the PDF took longer than ${timeoutMs} ms.`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeout()), timeoutMs);
  });
  // pdf.js without a real worker runs on promise callbacks that starve timers, so the clock is also read between pages.
  const expiresAt = Date.now() + timeoutMs;
  const checkClock = () => {
    if (Date.now() > expiresAt) throw timeout();
  };
  let task: PdfjsLoadingTask | undefined;
  try {
    // A plain copy: a real pdf.js worker takes ownership of the buffer, and pdf.js refuses Node Buffers.
    task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const doc = await Promise.race([readPages(task, opts.maxPages ?? DEFAULT_MAX_PAGES, checkClock, opts.onOpen), deadline]);
    if (countTextChars(doc) >= MIN_TEXT_CHARS) return doc;
    if (!opts.ocr) throw new ScoringError('no_text', 'The PDF has no extractable text (an image-only scan?).');
    const maxPages = Math.min(opts.maxPages ?? DEFAULT_MAX_PAGES, opts.ocrMaxPages ?? DEFAULT_OCR_MAX_PAGES);
    const scanned = await Promise.race([ocrDoc(bytes, opts.ocr, doc.pageCount, maxPages, checkClock), deadline]);
    if (countTextChars(scanned) < MIN_TEXT_CHARS) throw new ScoringError('no_text', 'The PDF has no text layer and OCR found no text in it.');
    return scanned;
  } catch (error) {
    throw fromPdfjsError(error);
  } finally {
    clearTimeout(timer);
    await task?.destroy().catch(() => undefined);
  }
}

async function readPages(
  task: PdfjsLoadingTask,
  maxPages: number,
  checkClock: () => void,
  onOpen?: (pageCount: number) => void,
): Promise<ExtractedDoc> {
  const pdf = await task.promise;
  onOpen?.(pdf.numPages);
  const pages: ExtractedPage[] = [];
  for (let n = 1; n <= Math.min(pdf.numPages, maxPages); n++) {
    checkClock();
    const page = await pdf.getPage(n);
    pages.push(await readPage(page, n));
    page.cleanup();
  }
  return { pages, pageCount: pdf.numPages };
}

async function readPage(page: PdfjsPage, number: number): Promise<ExtractedPage> {
  // Our normalize.ts owns Unicode clean-up, so the text is the same whichever pdf.js build produced it.
  const content = await page.getTextContent({ disableNormalization: true });
  const items: TextItem[] = [];
  for (const raw of content.items) {
    if (!isTextItem(raw) || raw.str.trim() === '') continue;
    const [a, b, c, d, x, y] = raw.transform;
    const fontSize = Math.hypot(c, d) || Math.hypot(a, b);
    items.push({ str: raw.str, x, y, width: raw.width || 0, height: Math.max(raw.height || 0, fontSize) || 10 });
  }
  const [x0, y0, x1, y1] = page.view;
  return { number, width: x1 - x0, height: y1 - y0, lines: layoutPage(items) };
}

function isTextItem(raw: object): raw is PdfjsTextItem {
  const item = raw as Partial<PdfjsTextItem>;
  return typeof item.str === 'string' && Array.isArray(item.transform) && item.transform.length === 6;
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow a byte-order mark or whitespace, within the first kilobyte.
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < 1024 && i < bytes.length && [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(bytes[i])) i++;
  return HEADER.every((byte, k) => bytes[i + k] === byte);
}

function lastIndexOf(bytes: Uint8Array, needle: number[]): number {
  outer: for (let i = bytes.length - needle.length; i >= 0; i--) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function countTextChars(doc: ExtractedDoc): number {
  let count = 0;
  for (const page of doc.pages) for (const line of page.lines) count += line.text.replace(/[^\p{L}\p{N}]/gu, '').length;
  return count;
}
