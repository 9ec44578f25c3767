// Marks matched skills in the PDF's text layer. findTermHits is the one seam to swap for the scoring module's
// findSkillHits (token boundaries that understand C++, .NET, Go…) when it lands; until then a case-insensitive
// whole-word search is close enough for highlighting.

export type Hit = { start: number; end: number };

const WORD = /[\p{L}\p{N}]/u;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function findTermHits(text: string, term: string): Hit[] {
  const needle = term.trim();
  if (!needle) return [];
  const hits: Hit[] = [];
  const pattern = new RegExp(escapeRegExp(needle), 'giu');
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    // Whole words only where the term itself starts or ends with a letter or digit ("Go" is not in "Google").
    const openLeft = !WORD.test(needle[0]) || start === 0 || !WORD.test(text[start - 1]);
    const openRight = !WORD.test(needle[needle.length - 1]) || end === text.length || !WORD.test(text[end]);
    if (openLeft && openRight) hits.push({ start, end });
  }
  return hits;
}

/** Non-overlapping hits of any of the terms, leftmost first, longest first on a tie. */
export function findHits(text: string, terms: readonly string[]): Hit[] {
  const all = terms.flatMap((t) => findTermHits(text, t)).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Hit[] = [];
  for (const hit of all) {
    const last = merged[merged.length - 1];
    if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A text item as HTML for react-pdf's customTextRenderer: the text escaped, the hits wrapped in <mark>. */
export function markHits(text: string, terms: readonly string[]): string {
  let html = '';
  let at = 0;
  for (const { start, end } of findHits(text, terms)) {
    html += `${escapeHtml(text.slice(at, start))}<mark class="skill-hit">${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}
