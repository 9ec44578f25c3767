// Parsers for horizontal filtering (`col=not.in.(a,"b,c")`), `or=(…)`/`and=(…)` logic trees and
// `order=`, after PostgREST's pOpExpr, pLogicTree and pOrder (ApiRequest/QueryParams.hs).
import { ERRORS, ParseError } from './errors.ts';
import { Cursor, field, fieldName, jsonPath, quoted, type Field } from './parse-common.ts';

export type SimpleOp = 'neq' | 'cs' | 'cd' | 'ov' | 'sl' | 'sr' | 'nxr' | 'nxl' | 'adj';
export type QuantOp = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'like' | 'ilike' | 'match' | 'imatch';
export type FtsOp = 'fts' | 'plfts' | 'phfts' | 'wfts';
export type IsValue = 'null' | 'not_null' | 'true' | 'false' | 'unknown';

export type Operation =
  | { kind: 'simple'; op: SimpleOp; value: string }
  | { kind: 'quant'; op: QuantOp; quant?: 'any' | 'all'; value: string }
  | { kind: 'in'; values: string[] }
  | { kind: 'is'; value: IsValue }
  | { kind: 'isdistinct'; value: string }
  | { kind: 'fts'; op: FtsOp; lang?: string; value: string };

export type OpExpr = { not: boolean; operation: Operation };
export type Filter = { field: Field; expr: OpExpr };
export type LogicTree = { type: 'expr'; not: boolean; op: 'and' | 'or'; children: LogicTree[] } | { type: 'filter'; filter: Filter };
export type OrderTerm = { field: Field; relation?: string; dir?: 'asc' | 'desc'; nulls?: 'first' | 'last' };

const SIMPLE = new Set<string>(['neq', 'cs', 'cd', 'ov', 'sl', 'sr', 'nxr', 'nxl', 'adj']);
const QUANT = new Set<string>(['eq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'match', 'imatch']);
const FTS = new Set<string>(['fts', 'plfts', 'phfts', 'wfts']);
const IS_VALUES = new Set<string>(['null', 'not_null', 'true', 'false', 'unknown']);
const OP_EXPECTING = '"not" or operator (eq, gt, ...)';

const wrap = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ParseError) throw ERRORS.parse(e);
    throw e;
  }
};

/** `(a,"b,c", d)`: quoted elements may hold commas and parentheses. */
function listValue(c: Cursor): string[] {
  c.skipSpaces();
  c.expect('(');
  c.skipSpaces();
  const values: string[] = [];
  do {
    const q =
      c.peek() === '"'
        ? c.attempt(() => {
            const v = quoted(c);
            if (c.peek() !== ',' && c.peek() !== ')') throw c.fail('"," or ")"');
            return v;
          })
        : undefined;
    if (q !== undefined) values.push(q);
    else {
      const start = c.pos;
      while (!c.done && c.peek() !== ',' && c.peek() !== ')') c.pos++;
      values.push(c.input.slice(start, c.pos));
    }
  } while (c.eat(','));
  c.skipSpaces();
  c.expect(')');
  c.skipSpaces();
  return values;
}

/** A value inside or=(…): a quoted string, a `{…}` array literal, or text up to `,` / `)`. */
function logicValue(c: Cursor): string {
  if (c.peek() === '"') {
    const q = c.attempt(() => {
      const v = quoted(c);
      if (!c.done && c.peek() !== ',' && c.peek() !== ')') throw c.fail('"," or ")"');
      return v;
    });
    if (q !== undefined) return q;
  }
  if (c.peek() === '{') {
    const end = c.input.indexOf('}', c.pos);
    const inner = end < 0 ? '' : c.input.slice(c.pos + 1, end);
    if (end >= 0 && !/[{]/.test(inner)) {
      const v = c.input.slice(c.pos, end + 1);
      c.pos = end + 1;
      return v;
    }
  }
  const start = c.pos;
  while (!c.done && c.peek() !== ',' && c.peek() !== ')') c.pos++;
  return c.input.slice(start, c.pos);
}

function opExpr(c: Cursor, value: (c: Cursor) => string): OpExpr {
  const not = c.eat('not.');
  const start = c.pos;
  const m = /^[a-z]+/.exec(c.input.slice(c.pos));
  const name = m?.[0] ?? '';
  c.pos += name.length;
  const delimiter = () => c.expect('.', 'delimiter (.)');
  if (name === 'in') {
    delimiter();
    return { not, operation: { kind: 'in', values: listValue(c) } };
  }
  if (name === 'is') {
    delimiter();
    const word = /^[a-z_]+/i.exec(c.input.slice(c.pos))?.[0]?.toLowerCase() ?? '';
    if (!IS_VALUES.has(word)) throw c.fail('isVal: (null, not_null, true, false, unknown)');
    c.pos += word.length;
    return { not, operation: { kind: 'is', value: word as IsValue } };
  }
  if (name === 'isdistinct') {
    delimiter();
    return { not, operation: { kind: 'isdistinct', value: value(c) } };
  }
  if (FTS.has(name)) {
    let lang: string | undefined;
    if (c.eat('(')) {
      const end = c.input.indexOf(')', c.pos);
      lang = end < 0 ? '' : c.input.slice(c.pos, end).trim();
      if (!lang || !/^[\p{L}\p{N}_ $]+$/u.test(lang)) throw c.fail('letter or digit');
      c.pos = end + 1;
    }
    delimiter();
    return { not, operation: { kind: 'fts', op: name as FtsOp, lang, value: value(c) } };
  }
  if (SIMPLE.has(name)) {
    delimiter();
    return { not, operation: { kind: 'simple', op: name as SimpleOp, value: value(c) } };
  }
  if (QUANT.has(name)) {
    let quant: 'any' | 'all' | undefined;
    if (c.eat('(any)')) quant = 'any';
    else if (c.eat('(all)')) quant = 'all';
    delimiter();
    return { not, operation: { kind: 'quant', op: name as QuantOp, quant, value: value(c) } };
  }
  c.pos = start;
  throw c.fail(OP_EXPECTING);
}

/** A filter key: `col`, `col->>key`, or `embedded.col` (the path names embedded resources). */
export function parseFilterKey(key: string): { path: string[]; field: Field } {
  return wrap(() => {
    const c = new Cursor(key, 'tree path');
    const names = [fieldName(c)];
    while (c.eat('.')) names.push(fieldName(c));
    const json = jsonPath(c);
    if (!c.done) throw c.fail('"->", "." or end of input');
    return { path: names.slice(0, -1), field: { name: names[names.length - 1], json } };
  });
}

export function parseFilterValue(value: string): OpExpr {
  return wrap(() => {
    const c = new Cursor(value, 'filter');
    return opExpr(c, (cur) => cur.rest());
  });
}

function logicChildren(c: Cursor): LogicTree[] {
  c.skipSpaces();
  c.expect('(');
  const children: LogicTree[] = [];
  do {
    c.skipSpaces();
    children.push(logicTree(c));
    c.skipSpaces();
  } while (c.eat(','));
  c.expect(')', '"," or ")"');
  return children;
}

function logicTree(c: Cursor): LogicTree {
  const filter = c.attempt(() => {
    const f = field(c);
    c.expect('.', 'delimiter (.)');
    return { field: f, expr: opExpr(c, logicValue) };
  });
  if (filter) return { type: 'filter', filter };
  const not = c.eat('not.');
  const op = c.eat('and') ? 'and' : c.eat('or') ? 'or' : null;
  if (!op) throw c.fail('logic operator (and, or)');
  return { type: 'expr', not, op, children: logicChildren(c) };
}

/** `or=(a.eq.1,and(b.gt.2,c.is.null))` under the key `or`, `not.and`, `embedded.or`… */
export function parseLogic(key: string, value: string): { path: string[]; tree: LogicTree } {
  return wrap(() => {
    const k = new Cursor(key, 'logic path');
    const names = [fieldName(k)];
    while (k.eat('.')) names.push(fieldName(k));
    const op = names[names.length - 1] as 'and' | 'or';
    const c = new Cursor(value, 'logic tree');
    const tree: LogicTree = { type: 'expr', not: names.includes('not'), op, children: logicChildren(c) };
    c.skipSpaces();
    if (!c.done) throw c.fail('end of input');
    return { path: names.slice(0, -1).filter((n) => n !== 'not'), tree };
  });
}

/** `order=a.desc.nullslast,b,rel(col).asc` (a `rel(col)` term orders by a to-one embedded column). */
export function parseOrder(value: string): OrderTerm[] {
  return wrap(() => {
    const c = new Cursor(value, 'order');
    const terms: OrderTerm[] = [];
    do {
      c.skipSpaces();
      const related = c.attempt(() => {
        const relation = fieldName(c);
        c.expect('(');
        const f = field(c);
        c.expect(')');
        return { relation, field: f };
      });
      const term: OrderTerm = related ?? { field: field(c) };
      if (c.eat('.asc')) term.dir = 'asc';
      else if (c.eat('.desc')) term.dir = 'desc';
      if (c.eat('.nullsfirst')) term.nulls = 'first';
      else if (c.eat('.nullslast')) term.nulls = 'last';
      c.skipSpaces();
      if (!c.done && c.peek() !== ',') throw c.fail(term.dir || term.nulls ? '"," or end of input' : '"asc", "desc", "nullsfirst" or "nullslast"');
      terms.push(term);
    } while (c.eat(','));
    return terms;
  });
}
