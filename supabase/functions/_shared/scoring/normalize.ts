// Text clean-up before matching: Unicode compatibility forms (ligatures, full-width, odd spaces), bullets,
// words hyphenated across line ends. Original case is kept for snippets; `folded` is for case-blind look-ups.
import type { ExtractedDoc } from './types.ts';

export type NormalizedPage = { number: number; text: string; folded: string; lineStarts: number[]; ocrConfidence?: number };
export type NormalizedDoc = { pages: NormalizedPage[]; pageCount: number };

// Explicit because some extractors hand out ligatures that NFKC alone does not reach through (e.g. PUA-mapped fonts).
const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const LIGATURE_RE = /[\uFB00-\uFB06]/g;
// deno-lint-ignore no-control-regex -- control characters are exactly what this strips
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B-\u001F\u007F]/g;
const HYPHEN_RE = /[\u2010\u2011\u2043]/g;
const SPACE_RE = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
// Bullet glyphs, including the private-use codes symbol fonts (Wingdings, Symbol) map bullets to.
const BULLET_CLASS =
  '\u2022\u2023\u2043\u204C\u204D\u2219\u25AA\u25AB\u25A0\u25A1\u25CF\u25CB\u25C6\u25C7\u25BA\u25B8\u27A2\u2756\u2713\u2714\uE000-\uF8FF';
const LEADING_BULLET_RE = new RegExp(`^(?:[${BULLET_CLASS}*\\-–·o]\\s+|[${BULLET_CLASS}]\\s*)`);
const INNER_BULLET_RE = new RegExp(`[${BULLET_CLASS}]`, 'g');

/** One line of extracted text, cleaned up; never changes letters' case. */
export function normalizeLine(raw: string): string {
  return raw
    .replace(LIGATURE_RE, (c) => LIGATURES[c])
    .normalize('NFKC')
    .replace(INVISIBLE_RE, '')
    .replace(HYPHEN_RE, '-')
    .replace(INNER_BULLET_RE, (c, at: number) => (at === 0 ? c : '•'))
    .replace(SPACE_RE, ' ')
    .trim()
    .replace(LEADING_BULLET_RE, '')
    .trim();
}

/**
 * Joins lines into one page text, mending words hyphenated across the line break: "experi-/ence", "Post-/greSQL" and
 * "Type-/Script" lose the hyphen, a compound after a capital keeps it ("SQL-/databases" → "SQL-databases"), and a soft
 * hyphen (`softBreaks[i]`: line i ended in U+00AD) always joins.
 */
export function joinLines(lines: string[], softBreaks: boolean[] = []): { text: string; lineStarts: number[] } {
  let text = '';
  const lineStarts: number[] = [];
  let soft = false;
  lines.forEach((line, i) => {
    if (!line) return;
    // Only a hyphen glued to a letter, followed by a letter, is a break inside a word.
    const hyphen = /\p{L}-$/u.test(text) && /^\p{L}/u.test(line);
    if (soft && /^\p{L}/u.test(line)) {
      lineStarts.push(text.length);
    } else if (hyphen) {
      if (!/\p{Lu}-$/u.test(text)) text = text.slice(0, -1);
      lineStarts.push(text.length);
    } else {
      if (text) text += '\n';
      lineStarts.push(text.length);
    }
    text += line;
    soft = softBreaks[i] === true;
  });
  return { text, lineStarts };
}

/** Lower-cases without changing length, so offsets found in the folded text point into the original. */
export function foldCase(text: string): string {
  const fast = text.toLowerCase();
  if (fast.length === text.length) return fast;
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

const cache = new WeakMap<ExtractedDoc, NormalizedDoc>();

/** Normalised once per document, however many of parseFields / scoreText look at it. */
export function normalizeDoc(doc: ExtractedDoc): NormalizedDoc {
  const hit = cache.get(doc);
  if (hit) return hit;
  const pages = doc.pages.map((page) => {
    const { text, lineStarts } = joinLines(
      page.lines.map((l) => normalizeLine(l.text)),
      page.lines.map((l) => /\u00AD\s*$/u.test(l.text)),
    );
    return {
      number: page.number,
      text,
      folded: foldCase(text),
      lineStarts,
      ...(page.ocrConfidence === undefined ? {} : { ocrConfidence: page.ocrConfidence }),
    };
  });
  const normalized = { pages, pageCount: doc.pageCount };
  cache.set(doc, normalized);
  return normalized;
}
