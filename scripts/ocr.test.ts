// OCR through the real engine in Node: a generated scan (text rendered to an image, no text layer) is read by
// tesseract.js from pages pdf.js paints onto a canvas, scored, and every piece of its evidence says it came from OCR.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes } from './make-fixtures.ts';
import { scannedResumePdf } from '../tests/fixtures/lib/scanned-resume.ts';
import { createTesseractOcr, type PdfjsRenderLike } from '../supabase/functions/_shared/ocr/tesseract.ts';
import { ScoringError, scoreResume, type PdfjsLike, type Skill } from '../supabase/functions/_shared/scoring/index.ts';

const lib: PdfjsLike = pdfjs;
const ocr = createTesseractOcr(pdfjs as unknown as PdfjsRenderLike);
const skills: Skill[] = ['Python', 'Go', 'PostgreSQL', 'Kubernetes', 'Java'].map((name) => ({ name, weight: 1, required: false, aliases: [] }));
let pdf: Record<string, Uint8Array>;

beforeAll(async () => {
  pdf = await fixtureBytes();
}, 120_000);
afterAll(() => ocr.close());

describe('OCR for PDFs without a text layer', () => {
  it('reads a scanned resume: name, e-mail, skills and evidence marked as OCR with its confidence', async () => {
    const { score, details, parsed } = await scoreResume(pdf['scanned-resume.pdf'], skills, lib, { ocr, now: new Date('2025-06-15T12:00:00Z') });
    expect(score).toBe(80);
    expect(details.matched.map((m) => m.skill)).toEqual(['Python', 'Go', 'PostgreSQL', 'Kubernetes']);
    expect(details.missing.map((m) => m.skill)).toEqual(['Java']);
    expect(details.ocr).toEqual({ engine: 'tesseract.js eng', pages: [1], confidence: expect.any(Number) });
    expect(details.ocr!.confidence).toBeGreaterThanOrEqual(80);
    for (const m of details.matched)
      for (const e of m.evidence)
        expect(e).toEqual({ page: 1, snippet: expect.stringContaining(m.skill), source: 'ocr', confidence: expect.any(Number) });
    expect(details.matched[1].evidence.map((e) => e.snippet)).toEqual(expect.arrayContaining([expect.stringContaining('billing jobs in Go')]));
    expect(parsed).toMatchObject({
      name: 'Jordan Avery',
      email: 'jordan.avery@example.com',
      sections: ['skills', 'experience', 'education'],
      ocr: details.ocr,
    });
  }, 60_000);

  it('reads only the first pages (ocrMaxPages) of a long scan', async () => {
    const threePages = await scannedResumePdf(undefined, 3);
    const { details, parsed } = await scoreResume(threePages, skills, lib, { ocr, ocrMaxPages: 1 });
    expect(details.ocr!.pages).toEqual([1]);
    expect(parsed.pages).toBe(3);
  }, 60_000);

  it('a scan OCR cannot read stays no_text, for a person to look at', async () => {
    const error = await scoreResume(pdf['scan.pdf'], skills, lib, { ocr }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScoringError);
    expect(error).toMatchObject({ code: 'no_text', message: expect.stringContaining('OCR') });
  }, 60_000);

  it('a text PDF never reaches the engine', async () => {
    let calls = 0;
    const counting = { name: 'counting', readPages: async () => (calls++, []) };
    await scoreResume(pdf['one-column.pdf'], skills, lib, { ocr: counting });
    expect(calls).toBe(0);
    await expect(scoreResume(pdf['scanned-resume.pdf'], skills, lib, { ocr: counting })).rejects.toMatchObject({ code: 'no_text' });
    expect(calls).toBe(1);
  });
});
