// Marks matched skills in the PDF's text layer with the scoring module's own matcher (token boundaries that know
// C++, .NET, Go vs "go"), so the highlights agree with the score's evidence. A page's items are searched together,
// so a skill split over two spans ("React" + "Native") or a lone "Go" in a list is found as the scorer finds it.
import { findSkillHits, findSkillHitsInItems, type Skill } from '@scoring';

export type Hit = { start: number; end: number };
/** A text item as pdf.js hands it to the text layer: its text, and where known its PDF font (pdf.js's name for it) and width (PDF units). */
export type TextItem = { str: string; fontName?: string; width?: number };

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

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Where the item is drawn, for text-layer-fonts.ts to lay a highlighted item out as on the canvas. */
function geometry({ fontName, width }: Omit<TextItem, 'str'>): string {
  if (!fontName || !(typeof width === 'number' && width > 0)) return '';
  return ` data-font="${escapeHtml(fontName)}" data-item-width="${width}"`;
}

/**
 * The text escaped, the hit ranges wrapped in <mark>: HTML for react-pdf's customTextRenderer. The marks carry the
 * item's PDF font and width, when given.
 */
export function markRanges(text: string, hits: Hit[], item: Omit<TextItem, 'str'> = {}): string {
  const open = `<mark class="skill-hit"${geometry(item)}>`;
  let html = '';
  let at = 0;
  for (const { start, end } of merge(hits)) {
    html += `${escapeHtml(text.slice(at, start))}${open}${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

/** One text item on its own (when the page's other items are not at hand). */
export const markHits = ({ str, ...item }: TextItem, skills: readonly Skill[]) =>
  markRanges(
    str,
    skills.flatMap((s) => findSkillHits(str, s)),
    item,
  );

/** Every item of a page, searched as the page's text: one HTML string per item. */
export function markItems(items: readonly TextItem[], skills: readonly Skill[]): string[] {
  const texts = items.map((item) => item.str);
  const perItem = items.map((): Hit[] => []);
  for (const skill of skills) for (const hit of findSkillHitsInItems(texts, skill)) perItem[hit.item].push(hit);
  return items.map(({ str, ...item }, i) => markRanges(str, perItem[i], item));
}
