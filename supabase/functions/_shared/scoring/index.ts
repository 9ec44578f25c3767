// The scoring module's public face: the same code scores resumes in Deno (edge function), Node (CLI) and the browser.
import { extractText } from './extract.ts';
import { parseFields } from './fields.ts';
import { normalizeDoc } from './normalize.ts';
import type { PdfjsLike } from './pdfjs-like.ts';
import { scoreText } from './score.ts';
import type { CompiledSkill } from './match.ts';
import type { ExtractOptions, Parsed, ScoreDetails, Skill } from './types.ts';

export { extractText, DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_MS } from './extract.ts';
export { ScoringError, type ScoringErrorCode } from './errors.ts';
export { parseFields, type ParseOptions } from './fields.ts';
export { compileSkill, compileSkills, findSkillHits, findSkillHitsInItems, type CompiledSkill, type Hit } from './match.ts';
export { foldCase, normalizeLine } from './normalize.ts';
export { DEFAULT_OCR_MAX_PAGES, MIN_OCR_CONFIDENCE } from './ocr.ts';
export { REQUIRED_MISSING_CAP, scoreText, skillWeight } from './score.ts';
export type { PdfjsLike } from './pdfjs-like.ts';
export type * from './types.ts';

export type ScoreResumeOptions = ExtractOptions & { now?: Date };

/** One page of the text scoring read, cleaned up as it was for matching; kept for resume search. */
export type PageText = { page: number; text: string };

/** Bytes in, score + evidence + parsed fields + each page's text out; throws ScoringError for files it cannot read. */
export async function scoreResume(
  bytes: Uint8Array,
  skills: ReadonlyArray<Skill | CompiledSkill>,
  pdfjs: PdfjsLike,
  opts: ScoreResumeOptions = {},
): Promise<{ score: number; details: ScoreDetails; parsed: Parsed; pages: PageText[] }> {
  const doc = await extractText(bytes, pdfjs, opts);
  const { score, details } = scoreText(doc, skills);
  const pages = normalizeDoc(doc).pages.map((p) => ({ page: p.number, text: p.text }));
  return { score, details, parsed: parseFields(doc, { now: opts.now }), pages };
}
