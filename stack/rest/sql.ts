// Renders read trees into SQL the way PostgREST's QueryBuilder/SqlFragment do: every value a bind
// parameter, every identifier quoted, embedded resources as subqueries aggregated to JSON.
import type { Embed, ReadNode } from './plan.ts';
import { ERRORS } from './errors.ts';
import type { Field } from './parse-common.ts';
import { outputName } from './parse-common.ts';
import type { Filter, LogicTree, Operation } from './parse-filters.ts';
import type { Range } from './request.ts';

/** A double-quoted identifier (NUL cut off, as PostgREST's escapeIdent does). */
export const ident = (name: string) => `"${name.split('\0')[0].replace(/"/g, '""')}"`;

/** A string literal, only for names that come from the catalog (never from the request). */
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A Postgres array literal of text elements, always quoted (PostgREST's pgBuildArrayLiteral). */
export const arrayLiteral = (values: string[]) =>
  `{${values.map((v) => `"${v.split('\0')[0].replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

const QUANT_SQL = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=', like: 'like', ilike: 'ilike', match: '~', imatch: '~*' };
const SIMPLE_SQL = { neq: '<>', cs: '@>', cd: '<@', ov: '&&', sl: '<<', sr: '>>', nxr: '&<', nxl: '&>', adj: '-|-' };
const FTS_SQL = { fts: 'to_tsquery', plfts: 'plainto_tsquery', phfts: 'phraseto_tsquery', wfts: 'websearch_to_tsquery' };
const IS_SQL = { null: 'NULL', not_null: 'NOT NULL', true: 'TRUE', false: 'FALSE', unknown: 'UNKNOWN' };
const TEXTUAL = /^(text|character varying|character|json|jsonb)\b/;

export function fieldSql(alias: string, f: Field, p: Params): string {
  if (f.name === '*') return `${alias}.*`;
  let sql = `${alias}.${ident(f.name)}`;
  for (const op of f.json) sql += `${op.arrow}${op.index ? `${p.add(op.key)}::int` : p.add(op.key)}`;
  return sql;
}

function operationSql(node: ReadNode, field: Field, o: Operation, p: Params): string {
  let col = fieldSql(node.alias, field, p);
  switch (o.kind) {
    case 'quant': {
      const value = o.op === 'like' || o.op === 'ilike' ? o.value.replace(/\*/g, '%') : o.value;
      const param = p.add(value);
      return `${col} ${QUANT_SQL[o.op]} ${o.quant ? `${o.quant.toUpperCase()}(${param})` : param}`;
    }
    case 'simple':
      return `${col} ${SIMPLE_SQL[o.op]} ${p.add(o.value)}`;
    case 'in':
      return o.values.length === 1 && o.values[0] === '' ? `${col} = ANY('{}')` : `${col} = ANY(${p.add(arrayLiteral(o.values))})`;
    case 'is':
      return `${col} IS ${IS_SQL[o.value]}`;
    case 'isdistinct':
      return `${col} IS DISTINCT FROM ${p.add(o.value)}`;
    case 'fts': {
      const lang = o.lang ? `${p.add(o.lang)}::regconfig, ` : '';
      // Text and JSON columns are searched through to_tsvector, as PostgREST does since v12.
      const type = field.json.length ? 'text' : node.table?.columns.get(field.name)?.type;
      if (type && TEXTUAL.test(type)) col = `to_tsvector(${lang}${col})`;
      return `${col} @@ ${FTS_SQL[o.op]}(${lang}${p.add(o.value)})`;
    }
  }
}

function filterSql(node: ReadNode, f: Filter, p: Params): string {
  const embed = f.field.json.length === 0 ? node.embeds.find((e) => e.key === f.field.name) : undefined;
  if (embed) {
    // `embedded=is.null` / `not.is.null`: keep parents without / with a matching embedded row.
    const o = f.expr.operation;
    if (o.kind !== 'is' || (o.value !== 'null' && o.value !== 'not_null')) throw ERRORS.embedFilter(f.field.name);
    const exists = (o.value === 'not_null') !== f.expr.not;
    return `${exists ? '' : 'NOT '}${existsSql(node, embed, p)}`;
  }
  const sql = operationSql(node, f.field, f.expr.operation, p);
  return f.expr.not ? `NOT (${sql})` : sql;
}

function logicSql(node: ReadNode, t: LogicTree, p: Params): string {
  if (t.type === 'filter') return filterSql(node, t.filter, p);
  const inner = `(${t.children.map((c) => logicSql(node, c, p)).join(t.op === 'and' ? ' AND ' : ' OR ')})`;
  return t.not ? `NOT ${inner}` : inner;
}

function joinConditions(parent: ReadNode, e: Embed): string[] {
  return e.rel.columns.map(([parentCol, childCol]) => `${e.node.alias}.${ident(childCol)} = ${parent.alias}.${ident(parentCol)}`);
}

function rangeSql(r: Range, p: Params): string {
  return `${r.limit === null ? '' : ` LIMIT ${p.add(r.limit)}`}${r.offset ? ` OFFSET ${p.add(r.offset)}` : ''}`;
}

/** A node's own filters and logic trees (all a mutation's WHERE uses). */
export function filterConditions(node: ReadNode, p: Params): string[] {
  return [...node.filters.map((f) => filterSql(node, f, p)), ...node.logic.map((t) => logicSql(node, t, p))];
}

/** The conditions of a node's WHERE: its filters, logic trees and `!inner` embeds. */
export function whereConditions(node: ReadNode, p: Params, extra: string[] = []): string[] {
  return [...extra, ...filterConditions(node, p), ...node.embeds.filter((e) => e.inner).map((e) => existsSql(node, e, p))];
}

function existsSql(parent: ReadNode, e: Embed, p: Params): string {
  const where = whereConditions(e.node, p, joinConditions(parent, e));
  return `EXISTS (SELECT 1 FROM ${e.node.from} WHERE ${where.join(' AND ')}${rangeSql(e.node.range, p)})`;
}

/** Spreads and embeds the parent orders by are LATERAL joins; the rest are scalar subqueries. */
const isLateral = (node: ReadNode, e: Embed) => e.spread || node.order.some((t) => t.relation === e.key);

function selectItems(node: ReadNode, p: Params): string[] {
  const items: string[] = [];
  if (node.fields.length === 0 && node.embeds.length === 0) items.push(`${node.alias}.*`);
  for (const f of node.fields) {
    if (f.field.name === '*') {
      items.push(`${node.alias}.*`);
      continue;
    }
    let sql = fieldSql(node.alias, f.field, p);
    if (f.cast) sql = `CAST(${sql} AS ${f.cast})`;
    const name = f.alias ?? outputName(f.field);
    items.push(name === f.field.name && f.field.json.length === 0 && !f.cast ? sql : `${sql} AS ${ident(name)}`);
  }
  for (const e of node.embeds) {
    if (e.empty) continue;
    if (isLateral(node, e)) {
      items.push(e.spread ? `${e.lateral}.*` : `row_to_json(${e.lateral}.*) AS ${ident(e.key)}`);
      continue;
    }
    // Subqueries in the select list run after ORDER BY/LIMIT, only for the rows returned.
    const child = readSql(e.node, p, joinConditions(node, e));
    if (e.rel.cardinality === 'o2m') items.push(`COALESCE((SELECT json_agg(pgrst_rows) FROM (${child}) pgrst_rows), '[]') AS ${ident(e.key)}`);
    else items.push(`(SELECT row_to_json(pgrst_row) FROM (${child}) pgrst_row) AS ${ident(e.key)}`);
  }
  return items;
}

function lateralJoins(node: ReadNode, p: Params): string {
  return node.embeds
    .filter((e) => !e.empty && isLateral(node, e))
    .map((e) => ` LEFT JOIN LATERAL (${readSql(e.node, p, joinConditions(node, e))}) AS ${e.lateral} ON TRUE`)
    .join('');
}

function orderSql(node: ReadNode, p: Params): string {
  if (node.order.length === 0) return '';
  const terms = node.order.map((t) => {
    const embed = t.relation ? node.embeds.find((e) => e.key === t.relation)! : undefined;
    const col = embed ? fieldSql(embed.lateral, t.field, p) : fieldSql(node.alias, t.field, p);
    return `${col}${t.dir ? ` ${t.dir.toUpperCase()}` : ''}${t.nulls ? ` NULLS ${t.nulls.toUpperCase()}` : ''}`;
  });
  return ` ORDER BY ${terms.join(', ')}`;
}

export type ReadOptions = { where?: boolean };

/** `SELECT … FROM … LEFT JOIN LATERAL … WHERE … ORDER BY … LIMIT … OFFSET …` for one node. */
export function readSql(node: ReadNode, p: Params, extra: string[] = [], opts: ReadOptions = {}): string {
  const select = selectItems(node, p).join(', ');
  const joins = lateralJoins(node, p);
  const where = opts.where === false ? extra : whereConditions(node, p, extra);
  return `SELECT ${select} FROM ${node.from}${joins}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}${orderSql(node, p)}${rangeSql(node.range, p)}`;
}

/** `SELECT count(*)` of the rows the node's WHERE admits, ignoring its range. */
export function countSql(node: ReadNode, p: Params): string {
  const where = whereConditions(node, p);
  return `SELECT pg_catalog.count(*) FROM ${node.from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
}

export type BodyShape = 'array' | 'object' | 'scalar' | 'scalars';

/** The aggregate that turns `pgrst_t` rows into the response body text (PostgREST's asJsonF). */
export function bodySql(shape: BodyShape, stripNulls: boolean): string {
  const strip = (s: string) => (stripNulls ? `json_strip_nulls(${s})` : s);
  switch (shape) {
    case 'array':
      return `COALESCE(${strip('json_agg(pgrst_t)')}, '[]')::text`;
    case 'object':
      return `COALESCE(${strip('json_agg(pgrst_t)->0')}, 'null')::text`;
    case 'scalar':
      return `COALESCE(json_agg(pgrst_t.pgrst_scalar)->0, 'null')::text`;
    case 'scalars':
      return `COALESCE(json_agg(pgrst_t.pgrst_scalar), '[]')::text`;
  }
}
