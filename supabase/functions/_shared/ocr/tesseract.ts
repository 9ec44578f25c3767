// OCR for PDFs without a text layer: pdf.js paints each page onto an @napi-rs/canvas canvas and tesseract.js reads it
// with the English data shipped by @tesseract.js-data/eng, so nothing is downloaded at run time. Runs in Node (CLI,
// bench) and in Deno (the local score-application); hosted edge functions cannot run it (docs/ocr.md says why).
import { DOMMatrix, Path2D, createCanvas, type Canvas } from '@napi-rs/canvas';
import eng from '@tesseract.js-data/eng';
import { createWorker, type Line, type Worker } from 'tesseract.js';
import type { OcrEngine, OcrPage, OcrWord } from '../scoring/types.ts';

/** 200 dpi: tesseract reads 10 pt type reliably from here, and a letter page stays about 1700 × 2200 pixels. */
const RENDER_SCALE = 200 / 72;

type Viewport = { width: number; height: number };
type RenderPage = {
  view: number[];
  getViewport(params: { scale: number }): Viewport;
  render(params: { canvasContext: unknown; viewport: Viewport }): { promise: Promise<void> };
  cleanup(): boolean;
};
/** The slice of pdf.js rendering needs: each runtime passes its own pdf.js in, as for text extraction. */
export interface PdfjsRenderLike {
  getDocument(src: Record<string, unknown>): {
    promise: Promise<{ numPages: number; getPage(n: number): Promise<RenderPage> }>;
    destroy(): Promise<void>;
  };
}

type CanvasAndContext = { canvas: Canvas; context: ReturnType<Canvas['getContext']> };

/** pdf.js makes scratch canvases (image masks, patterns) through this, so they are the same kind as the page's. */
class NapiCanvasFactory {
  create(width: number, height: number): CanvasAndContext {
    const canvas = createCanvas(Math.max(1, Math.ceil(width)), Math.max(1, Math.ceil(height)));
    return { canvas, context: canvas.getContext('2d') };
  }
  reset(target: CanvasAndContext, width: number, height: number): void {
    target.canvas.width = Math.ceil(width);
    target.canvas.height = Math.ceil(height);
  }
  destroy(target: CanvasAndContext): void {
    target.canvas.width = 0;
    target.canvas.height = 0;
  }
}

/** start(): load the worker and language data now, so a caller can keep that out of a scoring clock. */
export type TesseractOcr = OcrEngine & { start(): Promise<void>; close(): Promise<void> };

/** One tesseract worker, started on the first scan and reused for every later one until close(). */
export function createTesseractOcr(pdfjs: PdfjsRenderLike): TesseractOcr {
  // pdf.js paints paths and transforms with these; Node and Deno have neither, @napi-rs/canvas has both.
  const g = globalThis as Record<string, unknown>;
  g.DOMMatrix ??= DOMMatrix;
  g.Path2D ??= Path2D;
  let worker: Promise<Worker> | null = null;
  const started = () => (worker ??= createWorker(eng.code, 1, { langPath: eng.langPath, gzip: eng.gzip, cacheMethod: 'none' }));

  return {
    name: 'tesseract.js eng',
    async start() {
      await started();
    },
    async readPages(bytes, { maxPages, checkClock }) {
      const ocr = await started();
      const task = pdfjs.getDocument({
        data: new Uint8Array(bytes),
        CanvasFactory: NapiCanvasFactory,
        isEvalSupported: false,
        disableFontFace: true,
        verbosity: 0,
      });
      try {
        const pdf = await task.promise;
        const pages: OcrPage[] = [];
        for (let n = 1; n <= Math.min(pdf.numPages, maxPages); n++) {
          checkClock();
          const page = await pdf.getPage(n);
          pages.push(await readPage(ocr, page, n));
          page.cleanup();
        }
        return pages;
      } finally {
        await task.destroy().catch(() => undefined);
      }
    },
    async close() {
      const running = worker;
      worker = null;
      if (running) await (await running).terminate();
    },
  };
}

async function readPage(ocr: Worker, page: RenderPage, number: number): Promise<OcrPage> {
  const viewport = page.getViewport({ scale: RENDER_SCALE });
  const target = new NapiCanvasFactory().create(viewport.width, viewport.height);
  target.context.fillStyle = '#ffffff';
  target.context.fillRect(0, 0, target.canvas.width, target.canvas.height);
  await page.render({ canvasContext: target.context, viewport }).promise;
  const png = await target.canvas.encode('png');
  const { data } = await ocr.recognize(png, {}, { blocks: true });
  const [x0, y0, x1, y1] = page.view;
  const height = y1 - y0;
  const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  return { number, width: x1 - x0, height, words: lines.flatMap((line) => wordsOf(line, height)), confidence: data.confidence };
}

/** A line's words in PDF points; they share the line's baseline and height, as one run of type does. */
function wordsOf(line: Line, pageHeight: number): OcrWord[] {
  const baseline = (line.baseline.y0 + line.baseline.y1) / 2;
  const heights = line.words.map((w) => w.bbox.y1 - w.bbox.y0).sort((a, b) => a - b);
  const size = (heights[Math.floor(heights.length / 2)] ?? 0) / RENDER_SCALE;
  return line.words.map((w) => ({
    text: w.text,
    confidence: w.confidence,
    x: w.bbox.x0 / RENDER_SCALE,
    y: pageHeight - baseline / RENDER_SCALE,
    width: (w.bbox.x1 - w.bbox.x0) / RENDER_SCALE,
    height: size,
  }));
}
