// Marks matched skills in the PDF's text layer with the scoring module's own matcher (token boundaries that know
// C++, .NET, Go vs "go"), so the highlights agree with the score's evidence. A page's items are searched together,
// so a skill split over two spans ("React" + "Native") or a lone "Go" in a list is found as the scorer finds it.
import { findSkillHits, findSkillHitsInItems } from '../../../supabase/functions/_shared/scoring/match.ts';
import type { Skill } from '../../../supabase/functions/_shared/scoring/types.ts';

export type Hit = { start: number; end: number };

/** Sorted, non-overlapping ranges: overlapping hits of different skills become one. */
function merge(hits: Hit[]): Hit[] {
  const merged: Hit[] = [];
  for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1];
    if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ start: hit.start, end: hit.end });
  }
  return merged;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The text escaped, the hit ranges wrapped in <mark>: HTML for react-pdf's customTextRenderer. */
export function markRanges(text: string, hits: Hit[]): string {
  let html = '';
  let at = 0;
  for (const { start, end } of merge(hits)) {
    html += `${escapeHtml(text.slice(at, start))}<mark class="skill-hit">${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

/** One text item on its own (when the page's other items are not at hand). */
export const markHits = (text: string, skills: readonly Skill[]) => markRanges(text, skills.flatMap((s) => findSkillHits(text, s)));

/** Every item of a page, searched as the page's text: one HTML string per item. */
export function markItems(items: readonly string[], skills: readonly Skill[]): string[] {
  const perItem = items.map((): Hit[] => []);
  for (const skill of skills) for (const hit of findSkillHitsInItems(items, skill)) perItem[hit.item].push(hit);
  return items.map((text, i) => markRanges(text, perItem[i]));
}
