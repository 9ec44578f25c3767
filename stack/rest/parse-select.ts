// Parser for `select=`: columns, `alias:col`, `col::cast`, JSON arrows, `*`, and embedded resources
// `alias:rel!hint!inner(...)` / `...rel(...)` (PostgREST's pFieldForest in ApiRequest/QueryParams.hs).
import { ERRORS, ParseError } from './errors.ts';
import { Cursor, castName, field, fieldName, type Field } from './parse-common.ts';

export type SelectField = { type: 'field'; field: Field; alias?: string; cast?: string };
export type SelectEmbed = {
  type: 'embed';
  relation: string;
  alias?: string;
  hint?: string;
  inner: boolean;
  spread: boolean;
  children: SelectItem[];
};
export type SelectItem = SelectField | SelectEmbed;

const AGGREGATES = ['sum', 'avg', 'count', 'max', 'min'];

/** Aggregates are off on Supabase (db-aggregates-enabled = false), so they are refused as PostgREST does. */
class AggregateError extends Error {}

function atItemEnd(c: Cursor) {
  c.skipSpaces();
  return c.done || c.peek() === ',' || c.peek() === ')';
}

function alias(c: Cursor): string | undefined {
  return c.attempt(() => {
    const name = fieldName(c);
    if (c.peek() !== ':' || c.peek(1) === ':') throw c.fail('":"');
    c.pos++;
    return name;
  });
}

function embedParams(c: Cursor): { hint?: string; inner: boolean } {
  let hint: string | undefined;
  let inner = false;
  while (c.eat('!')) {
    const word = fieldName(c);
    if (word === 'inner') inner = true;
    else if (word !== 'left') hint = word;
  }
  return { hint, inner };
}

function embed(c: Cursor): SelectEmbed | undefined {
  // Only the head `alias:rel!hint(` is tentative; once it matched, errors inside the parentheses are final.
  const head = c.attempt(() => {
    c.skipSpaces();
    const spread = c.eat('...');
    const name = spread ? undefined : alias(c);
    const relation = fieldName(c);
    if (relation === 'count' && c.startsWith('()')) throw c.fail('"("');
    const params = embedParams(c);
    c.expect('(');
    return { relation, alias: name, spread, ...params };
  });
  if (!head) return undefined;
  const children = forest(c);
  c.expect(')', '")" or ","');
  c.skipSpaces();
  return { type: 'embed', ...head, children };
}

function selectField(c: Cursor): SelectField {
  c.skipSpaces();
  if (c.peek() === '*') {
    c.pos++;
    if (!atItemEnd(c)) throw c.fail('")", "," or end of input');
    return { type: 'field', field: { name: '*', json: [] } };
  }
  const name = alias(c);
  if (c.startsWith('count()')) throw new AggregateError();
  const f = field(c);
  const cast = c.eat('::') ? castName(c) : undefined;
  if (c.peek() === '.') {
    const m = /^\.([a-z]+)\(\)/.exec(c.input.slice(c.pos));
    if (m && AGGREGATES.includes(m[1])) throw new AggregateError();
  }
  if (!atItemEnd(c)) throw c.fail('"->", "::", ".", ")", "," or end of input');
  return { type: 'field', field: f, alias: name, cast };
}

function forest(c: Cursor): SelectItem[] {
  const items: SelectItem[] = [];
  c.skipSpaces();
  if (c.done || c.peek() === ')') return items;
  do items.push(embed(c) ?? selectField(c));
  while (c.eat(','));
  return items;
}

/** Parses `select=`; an absent parameter means `*`. Throws PGRST100 / PGRST123 as RestErrors. */
export function parseSelect(value: string | null): SelectItem[] {
  if (value === null) return [{ type: 'field', field: { name: '*', json: [] } }];
  const c = new Cursor(value, 'select parameter');
  try {
    const items = forest(c);
    if (!c.done) throw c.fail('"," or end of input');
    return items;
  } catch (e) {
    if (e instanceof AggregateError) throw ERRORS.aggregates();
    if (e instanceof ParseError) throw ERRORS.parse(e);
    throw e;
  }
}
