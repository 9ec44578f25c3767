// Text from scans: an OCR engine's words become text items, laid out like a text layer (rows, columns, tables),
// and the document remembers which pages came from OCR and how sure the engine was.
import { ScoringError } from './errors.ts';
import { layoutPage } from './layout.ts';
import type { ExtractedDoc, OcrEngine, OcrPage, TextItem } from './types.ts';

export const DEFAULT_OCR_MAX_PAGES = 3;
/** Below this mean word confidence the text is more guess than reading, so the resume goes to a person instead. */
export const MIN_OCR_CONFIDENCE = 45;
/** Words the engine itself doubts this much are noise (speckles read as letters), not text. */
const MIN_WORD_CONFIDENCE = 20;

export async function ocrDoc(
  bytes: Uint8Array,
  engine: OcrEngine,
  pageCount: number,
  maxPages: number,
  checkClock: () => void,
): Promise<ExtractedDoc> {
  const read = await engine.readPages(bytes, { maxPages, checkClock });
  const pages = read.map(toPage);
  const confidence = meanConfidence(read);
  if (!pages.some((p) => p.lines.length)) throw new ScoringError('no_text', 'The PDF has no text layer and OCR found no text in it.');
  if (confidence < MIN_OCR_CONFIDENCE) {
    throw new ScoringError('no_text', `The PDF has no text layer and OCR could not read it reliably (confidence ${Math.round(confidence)} %).`);
  }
  return { pages, pageCount, ocr: { engine: engine.name, pages: read.map((p) => p.number), confidence: Math.round(confidence) } };
}

function toPage(page: OcrPage) {
  const items: TextItem[] = page.words
    .filter((w) => w.text.trim() && w.confidence >= MIN_WORD_CONFIDENCE)
    .map((w) => ({ str: w.text, x: w.x, y: w.y, width: w.width, height: w.height }));
  return { number: page.number, width: page.width, height: page.height, lines: layoutPage(items), ocrConfidence: Math.round(page.confidence) };
}

/** Mean word confidence, weighted by word length so a page is judged by its text rather than its stray marks. */
function meanConfidence(pages: OcrPage[]): number {
  let weight = 0;
  let sum = 0;
  for (const page of pages) {
    for (const word of page.words) {
      const n = word.text.trim().length;
      weight += n;
      sum += n * word.confidence;
    }
  }
  return weight ? sum / weight : 0;
}
