// Score = round(100 × weighted share of the job's skills found), capped while a required skill is missing;
// every found skill carries up to three pieces of evidence (page, snippet).
import { compileSkill, findHits, type CompiledSkill, type Hit } from './match.ts';
import { normalizeDoc, type NormalizedPage } from './normalize.ts';
import type { Evidence, ExtractedDoc, MatchedSkill, MissingSkill, ScoreDetails, Skill } from './types.ts';

export const REQUIRED_MISSING_CAP = 40;
const MAX_EVIDENCE = 3;
const SNIPPET_CHARS = 80;

/** Weights outside 1–5 (or not numbers) are clamped, so one bad job row cannot dominate or zero a score. */
export function skillWeight(skill: Skill): number {
  const w = Math.round(Number(skill.weight));
  return Number.isFinite(w) ? Math.min(5, Math.max(1, w)) : 1;
}

export function scoreText(doc: ExtractedDoc, skills: ReadonlyArray<Skill | CompiledSkill>): { score: number; details: ScoreDetails } {
  const pages = normalizeDoc(doc).pages;
  const matched: MatchedSkill[] = [];
  const missing: MissingSkill[] = [];
  let total = 0;
  let found = 0;
  for (const entry of skills) {
    const compiled = 'alternatives' in entry ? entry : compileSkill(entry);
    const { skill } = compiled;
    const weight = skillWeight(skill);
    const required = skill.required === true;
    total += weight;
    const evidence = collectEvidence(pages, compiled);
    if (evidence.length) {
      found += weight;
      matched.push({ skill: skill.name, weight, required, evidence });
    } else {
      missing.push({ skill: skill.name, weight, required });
    }
  }
  const raw = total ? Math.round((100 * found) / total) : 0;
  const capped = missing.some((m) => m.required);
  const details: ScoreDetails = { matched, missing, capped, ...(doc.ocr ? { ocr: doc.ocr } : {}) };
  return { score: capped ? Math.min(raw, REQUIRED_MISSING_CAP) : raw, details };
}

function collectEvidence(pages: NormalizedPage[], skill: CompiledSkill): Evidence[] {
  const evidence: Evidence[] = [];
  for (const page of pages) {
    for (const hit of findHits(page.text, skill, page.folded)) {
      const snippet = snippetAround(page.text, hit);
      if (evidence.some((e) => e.page === page.number && e.snippet === snippet)) continue;
      const fromOcr = page.ocrConfidence === undefined ? {} : { source: 'ocr' as const, confidence: page.ocrConfidence };
      evidence.push({ page: page.number, snippet, ...fromOcr });
      if (evidence.length === MAX_EVIDENCE) return evidence;
    }
  }
  return evidence;
}

/** About 80 characters centred on the hit, cut at word boundaries, on one line. */
export function snippetAround(text: string, hit: Hit): string {
  const room = Math.max(0, SNIPPET_CHARS - (hit.end - hit.start));
  let from = Math.max(0, hit.start - Math.floor(room / 2));
  let to = Math.min(text.length, hit.end + Math.ceil(room / 2));
  // Give leftover room on one side to the other, so hits near the page's edges still get ~80 characters.
  if (from === 0) to = Math.min(text.length, hit.end + room - hit.start);
  if (to === text.length) from = Math.max(0, hit.start - (room - (text.length - hit.end)));
  if (from > 0) {
    const space = text.slice(from, hit.start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const space = text.slice(hit.end, to).search(/\s\S*$/);
    if (space >= 0) to = hit.end + space;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
