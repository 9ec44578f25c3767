// Search snippets arrive with matched words between U+E000 and U+E001 (ts_headline's StartSel/StopSel): split on
// them and render text nodes, so nothing from the database is ever parsed as HTML.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export type SnippetPart = { text: string; hit: boolean };

export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of snippet.split(MARK_START).entries()) {
    const end = piece.indexOf(MARK_END);
    // Text before the first start marker, or a start marker without its end, is plain text.
    if (i === 0 || end < 0) parts.push({ text: piece.replaceAll(MARK_END, ''), hit: false });
    else parts.push({ text: piece.slice(0, end), hit: true }, { text: piece.slice(end + 1).replaceAll(MARK_END, ''), hit: false });
  }
  return parts.filter((p) => p.text !== '');
}

/** The words as the document spells them ("Kubernetes" for a search for k8s), once each: what the viewer marks. */
export function matchedWords(snippet: string): string[] {
  const seen = new Map<string, string>();
  for (const part of splitSnippet(snippet)) if (part.hit && !seen.has(part.text.toLowerCase())) seen.set(part.text.toLowerCase(), part.text);
  return [...seen.values()];
}

export type SearchHitLink = { application_id: string; job_id: string; page: number | null; snippet: string };

/** The applicant's page, opened on the hit's resume page with its words marked. */
export function hitHref(hit: SearchHitLink): string {
  const params = new URLSearchParams();
  if (hit.page) params.set('page', String(hit.page));
  const words = matchedWords(hit.snippet);
  if (hit.page && words.length) params.set('hl', words.join('\n'));
  const query = params.toString();
  return `/dashboard/jobs/${hit.job_id}/applications/${hit.application_id}${query ? `?${query}` : ''}`;
}

/** Highlight words from the URL (hitHref's `hl`), at most 20 and each of reasonable length. */
export function highlightWords(param: string | null): string[] {
  if (!param) return [];
  return param
    .split('\n')
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && w.length <= 60)
    .slice(0, 20);
}
