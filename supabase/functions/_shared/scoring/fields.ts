// Contact fields and structure parsed from the normalised text: name, email, phone, profile links,
// section headings, years of experience.
import { estimateYears } from './experience.ts';
import { findName } from './name.ts';
import { normalizeDoc } from './normalize.ts';
import { splitSections, type DocLine } from './sections.ts';
import type { ExtractedDoc, Links, Parsed } from './types.ts';

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const PHONE_RE = /(?<![\p{L}\p{N}@/._-])(?:\+\s?)?(?:\(\d{1,4}\)\s?)?\d[\d\s().-]{5,18}\d(?![\p{L}\p{N}])/gu;
const PHONE_LABEL_RE = /\b(?:phone|tel|telephone|mobile|cell|mob)\b/i;
const URL_RE = /(?<![\p{L}\p{N}@._%+-])(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s|,;()<>"]*)?/giu;
// Bare domains are only believed with these endings, so Node.js, ASP.NET or Socket.IO never read as links.
const BARE_TLDS = new Set([
  'com',
  'dev',
  'io',
  'me',
  'org',
  'net',
  'app',
  'co',
  'tech',
  'page',
  'site',
  'xyz',
  'ai',
  'design',
  'blog',
  'info',
  'codes',
  'sh',
]);
const NOT_LINKS = new Set(['socket.io', 'node.js', 'asp.net', 'vb.net', 'ado.net']);
const PORTFOLIO_LABEL_RE = /\b(?:portfolio|website|web ?site|homepage|blog|personal site|site)\b/i;
const PERSONAL_HOST_RE = /(?:\.github\.io|\.gitlab\.io|\.dev|\.me|\.page|\.design|\.vercel\.app|\.netlify\.app|\.portfolio)$/;

export type ParseOptions = { now?: Date };

export function parseFields(doc: ExtractedDoc, opts: ParseOptions = {}): Parsed {
  const lines: DocLine[] = normalizeDoc(doc).pages.flatMap((p) => p.text.split('\n').map((text) => ({ page: p.number, text })));
  return {
    name: findName(doc),
    email: findEmail(lines),
    phone: findPhone(lines),
    links: findLinks(lines),
    sections: [...new Set(splitSections(lines).map((s) => s.key))],
    yearsExperience: estimateYears(lines, opts.now),
    pages: doc.pageCount,
    ...(doc.ocr ? { ocr: doc.ocr } : {}),
  };
}

/** The first address as written; else one whose runs were split by spaces ("jo . doe @ x . com") or a line end after "@" or ".". */
function findEmail(lines: DocLine[]): string | null {
  const texts = lines.map((l) => l.text);
  const direct = EMAIL_RE.exec(texts.join('\n'));
  if (direct) return direct[0];
  for (let i = 0; i < texts.length; i++) {
    if (!texts[i].includes('@') && !texts[i + 1]?.startsWith('@')) continue;
    const joined = /[@.]$/.test(texts[i]) || texts[i + 1]?.startsWith('@') ? `${texts[i]}${texts[i + 1] ?? ''}` : texts[i];
    const match = EMAIL_RE.exec(joined.replace(/\s*([@.])\s*/g, '$1'));
    if (match) return match[0];
  }
  return null;
}

/** A labelled number wins; otherwise the first number shaped like a phone and not like a date range. */
function findPhone(lines: DocLine[]): string | null {
  let first: string | null = null;
  for (const line of lines) {
    for (const m of line.text.matchAll(PHONE_RE)) {
      const candidate = m[0].trim();
      const digits = candidate.replace(/\D/g, '').length;
      if (digits < 7 || digits > 15) continue;
      // Runs of years ("2015 2017", "2019-2021") and ISO-like dates are not phone numbers.
      if (/^(?:(?:19|20)\d{2}[\s.-]*){2,}$/.test(candidate) || /^\d{4}[./-]\d{1,2}[./-]\d{1,2}$/.test(candidate)) continue;
      if (PHONE_LABEL_RE.test(line.text)) return candidate;
      first ??= candidate;
    }
  }
  return first;
}

function findLinks(lines: DocLine[]): Links {
  const links: Links = {};
  const rest: { url: string; labelled: boolean; header: boolean }[] = [];
  lines.forEach((line, index) => {
    for (const m of line.text.matchAll(URL_RE)) {
      const url = toUrl(m[0]);
      if (!url) continue;
      const host = url.hostname.replace(/^www\./, '');
      const href = `https://${host}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}`;
      if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) links.linkedin ??= href;
      else if (host === 'github.com') links.github ??= href;
      else if (!rest.some((r) => r.url === href)) rest.push({ url: href, labelled: PORTFOLIO_LABEL_RE.test(line.text), header: index < 8 });
    }
  });
  const portfolio = rest.find((r) => r.labelled) ?? rest.find((r) => PERSONAL_HOST_RE.test(new URL(r.url).hostname)) ?? rest.find((r) => r.header);
  if (portfolio) links.portfolio = portfolio.url;
  const other = rest
    .filter((r) => r !== portfolio)
    .map((r) => r.url)
    .slice(0, 10);
  if (other.length) links.other = other;
  return links;
}

/** A URL as written, or null when it is really a tech name or a file name that looks like a domain. */
function toUrl(raw: string): URL | null {
  const text = raw.replace(/[.,;:!?)\]]+$/, '');
  const explicit = /^(?:https?:\/\/|www\.)/i.test(text);
  const hostPart = text.replace(/^https?:\/\//i, '').split('/')[0];
  if (!explicit) {
    const tld = hostPart.split('.').pop() ?? '';
    const known = /(?:^|\.)(?:linkedin|github)\.com$/i.test(hostPart);
    if (!known && (!BARE_TLDS.has(tld) || hostPart !== hostPart.toLowerCase() || NOT_LINKS.has(hostPart))) return null;
  }
  try {
    return new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
}
