// "@" and a member's e-mail address mentions them (public.mentioned_addresses reads the same form in Postgres).
// The box offers members while a word starting with "@" is being typed at the caret.

/** The "@…" word that ends at the caret, if any: where it starts and what follows the "@". */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[^A-Za-z0-9._%+@-])@([A-Za-z0-9._%+@-]{0,80})$/.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2].toLowerCase() };
}

/** The text with the "@…" word at the caret replaced by the chosen member's address, and where the caret goes. */
export function insertMention(text: string, at: { start: number; query: string }, email: string): { text: string; caret: number } {
  const end = at.start + 1 + at.query.length;
  const rest = text.slice(end);
  const inserted = `@${email}${rest.startsWith(' ') ? '' : ' '}`;
  return { text: text.slice(0, at.start) + inserted + rest, caret: at.start + inserted.length + (rest.startsWith(' ') ? 1 : 0) };
}

/** Members whose address contains what was typed, those starting with it first; at most six. */
export function matchMembers<M extends { email: string }>(members: readonly M[], query: string): M[] {
  const q = query.toLowerCase();
  return members
    .filter((m) => m.email.toLowerCase().includes(q))
    .sort((a, b) => Number(!a.email.toLowerCase().startsWith(q)) - Number(!b.email.toLowerCase().startsWith(q)) || a.email.localeCompare(b.email))
    .slice(0, 6);
}

/** The body split into plain text and mentions of known members, so a note can show them highlighted. */
export function splitMentions(body: string, known: ReadonlySet<string>): { text: string; mention: boolean }[] {
  const parts: { text: string; mention: boolean }[] = [];
  const pattern = /(^|[^A-Za-z0-9._%+@-])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
  let last = 0;
  for (const m of body.matchAll(pattern)) {
    const at = m.index + m[1].length;
    if (!known.has(m[2].toLowerCase())) continue;
    if (at > last) parts.push({ text: body.slice(last, at), mention: false });
    parts.push({ text: `@${m[2]}`, mention: true });
    last = at + 1 + m[2].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last), mention: false });
  return parts;
}
