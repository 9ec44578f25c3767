// The small Markdown subset job descriptions are written in: paragraphs, "- " lists, **bold** and [links](https://…).
// Parsed into a tree, never into HTML strings, so raw HTML is only ever text; the SPA and the build's static pages
// both render this tree (see docs/decisions.md for why this is ours and not a library).

export type Inline = { type: 'text'; text: string } | { type: 'strong'; children: Inline[] } | { type: 'link'; href: string; children: Inline[] };
/** A paragraph's lines (single line breaks are kept) or a list's items. */
export type Block = { type: 'paragraph'; lines: Inline[][] } | { type: 'list'; items: Inline[][] };

const LIST_ITEM = /^\s*- +(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const item = LIST_ITEM.exec(raw);
    if (!raw.trim()) {
      current = null;
    } else if (item) {
      if (current?.type !== 'list') blocks.push((current = { type: 'list', items: [] }));
      current.items.push(parseInline(item[1]!.trim()));
    } else {
      if (current?.type !== 'paragraph') blocks.push((current = { type: 'paragraph', lines: [] }));
      current.lines.push(parseInline(raw.trim()));
    }
  }
  return blocks;
}

/** The link target when it is http(s) or mailto, normalised; anything else (javascript:, data:, relative) is refused. */
export function safeHref(href: string): string | null {
  if (/\s/.test(href)) return null;
  try {
    const url = new URL(href);
    if (url.protocol === 'mailto:') return url.pathname ? url.href : null;
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

const LINK = /\[([^\]\n]+)\]\(([^()\s]+)\)/;
const STRONG = /\*\*(?=\S)(.+?)(?<=\S)\*\*/;

function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    const link = LINK.exec(rest);
    const strong = STRONG.exec(rest);
    const next = link && (!strong || link.index <= strong.index) ? link : strong;
    if (!next) break;
    if (next.index > 0) pushText(out, rest.slice(0, next.index));
    if (next === link) {
      const href = safeHref(link[2]!);
      if (href) out.push({ type: 'link', href, children: parseInline(link[1]!) });
      else pushText(out, link[0]);
    } else {
      out.push({ type: 'strong', children: parseInline(next[1]!) });
    }
    rest = rest.slice(next.index + next[0].length);
  }
  if (rest) pushText(out, rest);
  return out;
}

function pushText(out: Inline[], text: string) {
  const last = out.at(-1);
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const inlineHtml = (nodes: Inline[]): string =>
  nodes
    .map((node) =>
      node.type === 'text'
        ? escapeHtml(node.text)
        : node.type === 'strong'
          ? `<strong>${inlineHtml(node.children)}</strong>`
          : `<a href="${escapeHtml(node.href)}" rel="nofollow noopener noreferrer">${inlineHtml(node.children)}</a>`,
    )
    .join('');

/** HTML for static pages and JSON-LD; every character of the source is escaped text unless it is part of the subset. */
export function markdownToHtml(source: string): string {
  return parseMarkdown(source)
    .map((block) =>
      block.type === 'paragraph'
        ? `<p>${block.lines.map(inlineHtml).join('<br>\n')}</p>`
        : `<ul>\n${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}\n</ul>`,
    )
    .join('\n');
}

const inlineText = (nodes: Inline[]): string => nodes.map((n) => (n.type === 'text' ? n.text : inlineText(n.children))).join('');

/** Plain text (for meta descriptions and feeds), cut at a word boundary to at most `max` characters. */
export function markdownToText(source: string, max = Infinity): string {
  const text = parseMarkdown(source)
    .map((block) => (block.type === 'paragraph' ? block.lines : block.items).map(inlineText).join(' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).trimEnd()}…`;
}
