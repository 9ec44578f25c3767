// Marks matched skills in the PDF's text layer with the scoring module's own matcher (token boundaries that know
// C++, .NET, Go vs "go"), so the highlights agree with the score's evidence.
import { findSkillHits } from '../../../supabase/functions/_shared/scoring/match.ts';
import type { Skill } from '../../../supabase/functions/_shared/scoring/types.ts';

export type Hit = { start: number; end: number };

/** Non-overlapping hits of any of the skills, leftmost first, longest first on a tie. */
export function findHits(text: string, skills: readonly Skill[]): Hit[] {
  const all = skills.flatMap((s) => findSkillHits(text, s)).sort((a, b) => a.start - b.start || b.end - a.end);
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
export function markHits(text: string, skills: readonly Skill[]): string {
  let html = '';
  let at = 0;
  for (const { start, end } of findHits(text, skills)) {
    html += `${escapeHtml(text.slice(at, start))}<mark class="skill-hit">${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}
