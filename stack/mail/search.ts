// Mailpit's search filters over the stored messages, as its storage/search.go reads them: quoted phrases are
// one term, `-`/`!` negates, `to:` `from:` `cc:` `bcc:` `reply-to:` `addressed:` `subject:` `message-id:`
// `is:read` `is:unread` `has:attachment` `after:` `before:`, anything else matches the message's text.
import type { StoredMessage } from './store.ts';

/** Splits on spaces, keeping double-quoted phrases as one term without their quotes (Mailpit's tools.ArgsParser). */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of query) {
    if (ch === '"') quoted = !quoted;
    else if (/\s/.test(ch) && !quoted) {
      if (current) terms.push(current);
      current = '';
    } else current += ch;
  }
  if (current) terms.push(current);
  return terms;
}

const lower = (s: string) => s.toLowerCase();
const addresses = (list: { Name: string; Address: string }[]) => lower(JSON.stringify(list));

function matchesTerm(m: StoredMessage, term: string): boolean | null {
  const t = lower(term);
  const prefixed = (prefix: string, field: () => string) =>
    t.startsWith(prefix) && t.length > prefix.length ? field().includes(t.slice(prefix.length)) : null;
  const checks: [string, () => string][] = [
    ['to:', () => addresses(m.To)],
    ['from:', () => addresses([m.From])],
    ['cc:', () => addresses(m.Cc)],
    ['bcc:', () => addresses(m.Bcc)],
    ['reply-to:', () => addresses(m.ReplyTo)],
    ['addressed:', () => addresses([m.From, ...m.To, ...m.Cc, ...m.Bcc, ...m.ReplyTo])],
    ['subject:', () => lower(m.Subject)],
    ['message-id:', () => lower(m.MessageID)],
  ];
  for (const [prefix, field] of checks) {
    const hit = prefixed(prefix, field);
    if (hit !== null) return hit;
  }
  if (t === 'is:read') return m.Read;
  if (t === 'is:unread') return !m.Read;
  if (t === 'has:attachment' || t === 'has:attachments') return m.Attachments.length > 0;
  if (t === 'has:inline' || t === 'has:inlines') return m.Inline.length > 0;
  for (const [prefix, after] of [
    ['after:', true],
    ['before:', false],
  ] as const) {
    if (!t.startsWith(prefix)) continue;
    const when = Date.parse(term.slice(prefix.length));
    if (Number.isNaN(when)) return null; // Mailpit ignores an unreadable date
    const created = Date.parse(m.Created);
    return after ? created >= when : created <= when;
  }
  return m.searchText.includes(t);
}

/** Whether a message matches every term of a Mailpit search query. */
export function matchesQuery(m: StoredMessage, query: string): boolean {
  for (let term of searchTerms(query)) {
    let exclude = false;
    if (term.length > 1 && (term.startsWith('-') || term.startsWith('!'))) {
      exclude = true;
      term = term.slice(1);
    }
    if (!/[a-zA-Z0-9]/.test(term)) continue; // as Mailpit: a term without a letter or digit is skipped
    const hit = matchesTerm(m, term);
    if (hit === null) continue;
    if (hit === exclude) return false;
  }
  return true;
}
