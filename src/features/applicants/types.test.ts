import { describe, expect, it } from 'vitest';
import { parseScoreDetails } from './types.ts';

describe('parseScoreDetails', () => {
  const matched = { skill: 'TypeScript', weight: 3, required: true, evidence: [{ page: 1, snippet: 'TypeScript and React' }] };
  const missing = { skill: 'Go', weight: 2, required: false };

  it('keeps well-formed details as they are', () => {
    expect(parseScoreDetails({ matched: [matched], missing: [missing], capped: true })).toEqual({
      matched: [matched],
      missing: [missing],
      capped: true,
    });
  });

  it('falls back piece by piece on malformed parts of the jsonb, keeping the rest', () => {
    expect(parseScoreDetails({ matched: [{ ...matched, evidence: 'nope' }], missing: 'nope', capped: 'yes' })).toEqual({
      matched: [{ ...matched, evidence: [] }],
      missing: [],
      capped: false,
    });
    expect(parseScoreDetails({})).toEqual({ matched: [], missing: [], capped: false });
  });

  it('keeps the OCR marks of a scanned resume, and drops a malformed OCR summary alone', () => {
    const ocrMatched = { ...matched, evidence: [{ page: 1, snippet: 'TypeScript and React', source: 'ocr', confidence: 94 }] };
    const ocr = { engine: 'tesseract.js eng', pages: [1], confidence: 95 };
    expect(parseScoreDetails({ matched: [ocrMatched], missing: [], capped: false, ocr })).toEqual({
      matched: [ocrMatched],
      missing: [],
      capped: false,
      ocr,
    });
    expect(parseScoreDetails({ matched: [matched], missing: [], capped: false, ocr: 'yes' })).toEqual({
      matched: [matched],
      missing: [],
      capped: false,
    });
  });

  it('says null for something that is not details at all', () => {
    expect(parseScoreDetails(null)).toBeNull();
    expect(parseScoreDetails('{"matched": []}')).toBeNull();
    expect(parseScoreDetails([1, 2])).toBeNull();
  });
});
