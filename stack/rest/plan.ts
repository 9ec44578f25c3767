// Resolves a parsed `select=` against the schema cache into a tree of read nodes: each embedded
// resource gets its relationship, table alias, filters, order and range (PostgREST's ReadPlan).
import type { Table } from './catalog.ts';
import { ERRORS, RestError } from './errors.ts';
import type { SelectField, SelectItem } from './parse-select.ts';
import type { Filter, LogicTree, OrderTerm } from './parse-filters.ts';
import { ALL_ROWS, type QueryParts, type Range } from './request.ts';
import type { Relationship, Schema, SchemaCache } from './schema-cache.ts';
import { ident } from './sql.ts';

export type ReadNode = {
  /** Relation name, for relationships and messages; null for a function returning scalars. */
  name: string | null;
  table: Table | null;
  /** SQL of the FROM item and the (quoted) name its columns are qualified with. */
  from: string;
  alias: string;
  fields: SelectField[];
  embeds: Embed[];
  filters: Filter[];
  logic: LogicTree[];
  order: OrderTerm[];
  range: Range;
};

export type Embed = {
  /** The JSON key (alias or relation name); also the name filters use in their path. */
  key: string;
  rel: Relationship;
  inner: boolean;
  spread: boolean;
  /** `rel()` selects nothing and only filters the parent. */
  empty: boolean;
  /** Name of the LATERAL join in the parent query. */
  lateral: string;
  node: ReadNode;
};

export type RootSource = { name: string | null; table: Table | null; from: string; alias: string };

export const tableSource = (table: Table): RootSource => ({
  name: table.name,
  table,
  from: `"public".${ident(table.name)}`,
  alias: ident(table.name),
});

const toOne = (r: Relationship) => r.cardinality !== 'o2m';

async function buildNode(
  cache: SchemaCache,
  schema: Schema,
  source: RootSource,
  items: SelectItem[],
  q: QueryParts,
  path: string[],
  used: Set<string>,
): Promise<ReadNode> {
  const here = path.join('.');
  used.add(here);
  const pick = <T extends { path: string[] }>(list: T[]) => list.filter((x) => x.path.join('.') === here);
  const node: ReadNode = {
    ...source,
    fields: items.filter((i): i is SelectField => i.type === 'field'),
    embeds: [],
    filters: pick(q.filters).map((f) => f.filter),
    logic: pick(q.logic).map((l) => l.tree),
    order: pick(q.order).flatMap((o) => o.terms),
    range: path.length === 0 ? q.topRange : (q.ranges.get(here) ?? ALL_ROWS),
  };
  let n = 0;
  for (const item of items) {
    if (item.type !== 'embed') continue;
    if (!source.name) throw ERRORS.noRelationship('', item.relation, item.hint, null);
    const rel = await cache.relationship(schema, source.name, item.relation, item.hint);
    if (item.spread && !toOne(rel)) {
      throw new RestError(
        400,
        'PGRST119',
        `A spread operation on '${item.relation}' is not possible`,
        `'${source.name}' and '${item.relation}' do not form a many-to-one or one-to-one relationship`,
      );
    }
    const key = item.alias ?? item.relation;
    const table = schema.tables.get(rel.foreignTable) ?? null;
    const alias = ident(`${rel.foreignTable}_${path.length + 1}`);
    const child = await buildNode(
      cache,
      schema,
      { name: rel.foreignTable, table, from: `"public".${ident(rel.foreignTable)} AS ${alias}`, alias },
      item.children,
      q,
      [...path, key],
      used,
    );
    node.embeds.push({
      key,
      rel,
      inner: item.inner,
      spread: item.spread,
      empty: item.children.length === 0,
      lateral: ident(`pgrst_${path.length}_${n++}`),
      node: child,
    });
  }
  for (const term of node.order) {
    if (!term.relation) continue;
    const embed = node.embeds.find((e) => e.key === term.relation);
    if (!embed) throw ERRORS.notEmbedded(term.relation);
    if (!toOne(embed.rel)) throw ERRORS.relatedOrder(source.name ?? '', term.relation);
  }
  return node;
}

/** Builds the read tree for `items` over `source`; filters or ranges naming an unknown embed are PGRST108. */
export async function buildReadTree(cache: SchemaCache, schema: Schema, source: RootSource, items: SelectItem[], q: QueryParts): Promise<ReadNode> {
  const used = new Set<string>();
  const root = await buildNode(cache, schema, source, items, q, [], used);
  const paths = [...q.filters, ...q.logic, ...q.order].map((x) => x.path.join('.')).concat([...q.ranges.keys()]);
  for (const p of paths) if (!used.has(p)) throw ERRORS.notEmbedded(p.split('.').find((_, i, all) => !used.has(all.slice(0, i + 1).join('.')))!);
  return root;
}

/** Root columns a mutation must RETURN for `select=` to work: `*`, or the fields and join columns used. */
export function returnedColumns(node: ReadNode): string[] | '*' {
  if (node.fields.some((f) => f.field.name === '*') || (node.fields.length === 0 && node.embeds.length === 0)) return '*';
  const cols = new Set(node.fields.map((f) => f.field.name));
  for (const e of node.embeds) for (const [col] of e.rel.columns) cols.add(col);
  return [...cols];
}
