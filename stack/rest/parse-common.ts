// The lexical pieces PostgREST's query-string grammar shares between select, filters and order
// (src/PostgREST/ApiRequest/QueryParams.hs): field names, quoted values and JSON paths.
import { ParseError } from './errors.ts';

export type JsonOp = { arrow: '->' | '->>'; key: string; index: boolean };
export type Field = { name: string; json: JsonOp[] };

const IDENT = /[\p{L}\p{N}_ $]/u;

/** A position in one query-string value; failures read like PostgREST's parsec messages. */
export class Cursor {
  pos = 0;
  constructor(
    readonly input: string,
    readonly what: string,
  ) {}

  get done() {
    return this.pos >= this.input.length;
  }
  peek(offset = 0): string | undefined {
    return this.input[this.pos + offset];
  }
  startsWith(s: string) {
    return this.input.startsWith(s, this.pos);
  }
  eat(s: string): boolean {
    if (!this.startsWith(s)) return false;
    this.pos += s.length;
    return true;
  }
  expect(s: string, expecting = JSON.stringify(s)) {
    if (!this.eat(s)) throw this.fail(expecting);
  }
  skipSpaces() {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }
  rest(): string {
    const s = this.input.slice(this.pos);
    this.pos = this.input.length;
    return s;
  }
  fail(expecting: string): ParseError {
    const found = this.done ? 'end of input' : JSON.stringify(this.peek());
    return new ParseError(this.what, this.input, this.pos + 1, `unexpected ${found} expecting ${expecting}`);
  }
  /** Runs `fn`, rewinding on failure; returns undefined when it failed. */
  attempt<T>(fn: () => T): T | undefined {
    const start = this.pos;
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.pos = start;
      return undefined;
    }
  }
}

/** `"…"` with `\"` and `\\` escapes. */
export function quoted(c: Cursor): string {
  c.expect('"');
  let out = '';
  while (!c.done && c.peek() !== '"') {
    if (c.peek() === '\\') c.pos++;
    if (c.done) break;
    out += c.peek();
    c.pos++;
  }
  c.expect('"');
  return out;
}

function identifier(c: Cursor, chars: (ch: string) => boolean, expecting: string): string {
  const start = c.pos;
  while (!c.done && chars(c.peek()!)) c.pos++;
  if (c.pos === start) throw c.fail(expecting);
  return c.input.slice(start, c.pos).trim();
}

/** Identifier segments joined by `-` (a dash not starting `->`). */
function dashed(c: Cursor, chars: (ch: string) => boolean, expecting: string): string {
  const parts = [identifier(c, chars, expecting)];
  while (c.peek() === '-' && c.peek(1) !== '>') {
    c.pos++;
    parts.push(identifier(c, chars, expecting));
  }
  return parts.join('-');
}

const FIELD_EXPECTING = 'field name (* or [a..z0..9_$])';

export function fieldName(c: Cursor): string {
  if (c.peek() === '"') return quoted(c);
  return dashed(c, (ch) => IDENT.test(ch), FIELD_EXPECTING);
}

/** A type name for `::cast`: letters, digits, `_`, `$` and spaces, so it can go into SQL unquoted. */
export function castName(c: Cursor): string {
  return identifier(c, (ch) => IDENT.test(ch), 'letter or digit');
}

function atFieldEnd(c: Cursor) {
  return c.done || ['->', '::', '.', ',', ')'].some((s) => c.startsWith(s));
}

export function jsonPath(c: Cursor): JsonOp[] {
  const ops: JsonOp[] = [];
  for (;;) {
    const arrow = c.eat('->>') ? '->>' : c.eat('->') ? '->' : null;
    if (!arrow) return ops;
    const index = c.attempt(() => {
      const m = /^-?[0-9]+/.exec(c.input.slice(c.pos));
      if (!m) throw c.fail('digit');
      c.pos += m[0].length;
      if (!atFieldEnd(c)) throw c.fail('"->", "::", ".", "," or end of input');
      return m[0];
    });
    if (index !== undefined) ops.push({ arrow, key: index, index: true });
    else if (c.peek() === '"') ops.push({ arrow, key: quoted(c), index: false });
    else ops.push({ arrow, key: dashed(c, (ch) => !'(-:.,>)'.includes(ch), 'any non reserved character different from: .,>()'), index: false });
  }
}

export function field(c: Cursor): Field {
  c.skipSpaces();
  const name = fieldName(c);
  const json = jsonPath(c);
  c.skipSpaces();
  return { name, json };
}

/** `a,b,"c"` as in `columns=` and `on_conflict=`. */
export function parseColumns(value: string, what: string): string[] {
  const c = new Cursor(value, `${what} parameter`);
  const names: string[] = [];
  do {
    c.skipSpaces();
    names.push(fieldName(c));
    c.skipSpaces();
  } while (c.eat(','));
  if (!c.done) throw c.fail('"," or end of input');
  return names;
}

/** The JSON key a field is returned under: the last JSON key, else the column name (as PostgREST names it). */
export function outputName(f: Field): string {
  for (let i = f.json.length - 1; i >= 0; i--) if (!f.json[i].index) return f.json[i].key;
  return f.name;
}
