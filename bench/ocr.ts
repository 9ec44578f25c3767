// OCR: time per scanned page in Node (pdf.js paints the page, tesseract.js reads it), warm and from a cold engine,
// and the CPU time it takes, which is what hosted edge functions cap (docs/ocr.md).
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { scannedResumePdf } from '../tests/fixtures/lib/scanned-resume.ts';
import { createTesseractOcr, type PdfjsRenderLike } from '../supabase/functions/_shared/ocr/tesseract.ts';
import { scoreResume, type PdfjsLike, type Skill } from '../supabase/functions/_shared/scoring/index.ts';
import type { Figure } from './figures.ts';
import { percentile } from './stats.ts';

const RUNS = Number(process.env.BENCH_OCR_RUNS ?? 5);
const skills: Skill[] = [{ name: 'PostgreSQL', weight: 1, required: false, aliases: [] }];

export async function benchOcr(): Promise<Figure[]> {
  const pdf = await scannedResumePdf();
  const ocr = createTesseractOcr(pdfjs as unknown as PdfjsRenderLike);
  const once = async () => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    // No deadline: this measures how long a page takes, on a machine that may be busy.
    const { details } = await scoreResume(pdf, skills, pdfjs as unknown as PdfjsLike, { ocr, timeoutMs: 600_000 });
    if (!details.ocr || !details.matched.length) throw new Error('the scan was not read; the benchmark would measure a failure path');
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000, confidence: details.ocr.confidence };
  };
  try {
    const cold = await once();
    const warm: { wall: number; cpu: number; confidence: number }[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(await once());
    const wall = warm.map((w) => w.wall);
    const cpu = warm.map((w) => w.cpu);
    return [
      {
        group: 'ocr',
        name: `scanned page read and scored p50, warm engine (one 150 dpi letter page, ${RUNS} runs)`,
        value: percentile(wall, 50),
        unit: 'ms',
        note: `CPU time p50 ${percentile(cpu, 50).toFixed(0)} ms (hosted functions allow 2000 ms a request); confidence ${warm[0].confidence} %`,
      },
      {
        group: 'ocr',
        name: 'scanned page read and scored, cold engine (worker start and language data load included)',
        value: cold.wall,
        unit: 'ms',
        note: `CPU time ${cold.cpu.toFixed(0)} ms`,
      },
    ];
  } finally {
    await ocr.close();
  }
}
