// PostgREST's schema cache for the local stack: relations, relationships and functions of `public`,
// loaded once and reloaded on `NOTIFY pgrst, 'reload schema'` (docs.postgrest.org "Schema Cache
// Reloading") and whenever a request names something the cache does not know yet.
import pg from 'pg';
import type { Db } from '../db.ts';
import { readCatalog, type Catalog, type Routine, type Table } from './catalog.ts';
import { ERRORS } from './errors.ts';

export type Relationship = {
  table: string;
  foreignTable: string;
  cardinality: 'm2o' | 'o2m' | 'o2o';
  constraint: string;
  /** Column pairs `[column of table, column of foreignTable]`. */
  columns: [string, string][];
  isSelf: boolean;
};

export type Schema = Catalog & { relationships: Map<string, Relationship[]> };

function relationshipsOf(c: Catalog): Map<string, Relationship[]> {
  const out = new Map<string, Relationship[]>();
  const add = (r: Relationship) => out.set(r.table, [...(out.get(r.table) ?? []), r]);
  for (const fk of c.fks) {
    const child = c.tables.get(fk.table);
    const key = new Set(fk.columns);
    const unique = !!child?.uniqueKeys.some((k) => k.length === key.size && k.every((col) => key.has(col)));
    const pairs = fk.columns.map((col, i) => [col, fk.foreignColumns[i]] as [string, string]);
    const isSelf = fk.table === fk.foreignTable;
    add({ table: fk.table, foreignTable: fk.foreignTable, cardinality: unique ? 'o2o' : 'm2o', constraint: fk.name, columns: pairs, isSelf });
    add({
      table: fk.foreignTable,
      foreignTable: fk.table,
      cardinality: unique ? 'o2o' : 'o2m',
      constraint: fk.name,
      columns: pairs.map(([a, b]) => [b, a]),
      isSelf,
    });
  }
  return out;
}

/** Edit distance, for the "Perhaps you meant …" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

export function closest(name: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return best !== null && bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

const single = (r: Relationship, side: 0 | 1) => (r.columns.length === 1 ? r.columns[0][side] : undefined);

/** PostgREST's findRel (Plan.hs), without many-to-many, computed and view relationships. */
export function matchRelationships(rels: Relationship[], target: string, hint?: string): Relationship[] {
  return rels.filter((r) => {
    if (r.isSelf) {
      if (hint === undefined) return (target === r.foreignTable && r.cardinality === 'o2m') || (single(r, 0) === target && r.cardinality === 'm2o');
      return target === r.foreignTable && r.cardinality === 'o2m' && single(r, 1) === hint;
    }
    if (hint === undefined) return target === r.foreignTable || target === r.constraint || single(r, 0) === target;
    return target === r.foreignTable && (hint === r.constraint || single(r, 0) === hint || single(r, 1) === hint);
  });
}

function describe(r: Relationship) {
  const cols = (i: 0 | 1) => `(${r.columns.map((c) => c[i]).join(', ')})`;
  return {
    cardinality: { m2o: 'many-to-one', o2m: 'one-to-many', o2o: 'one-to-one' }[r.cardinality],
    embedding: `${r.table} with ${r.foreignTable}`,
    relationship: `${r.constraint} using ${r.table}${cols(0)} and ${r.foreignTable}${cols(1)}`,
  };
}

export class SchemaCache {
  private current: Schema | null = null;
  private loading: Promise<Schema> | null = null;
  private listener: pg.Client | null = null;
  /** One log line per outage, not one per request while Postgres is down. */
  private listenerWarned = false;
  /** Bumped by every reload notice, so a load that raced with DDL is not kept as current. */
  private generation = 0;

  constructor(
    private readonly db: Db,
    private readonly listenUrl: string | null,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** The cached schema, loading it (and starting the reload listener) on first use. */
  async get(): Promise<Schema> {
    if (this.current) return this.current;
    return this.reload();
  }

  /** Loads the catalog again; concurrent callers share one load. Postgres out of reach: PGRST002, as PostgREST. */
  reload(): Promise<Schema> {
    this.loading ??= (async () => {
      try {
        this.listen();
        const generation = this.generation;
        const catalog = await readCatalog(this.db.admin).catch((e: unknown) => {
          throw this.db.outage(e) ? ERRORS.noSchemaCache() : e;
        });
        const schema = { ...catalog, relationships: relationshipsOf(catalog) };
        if (generation === this.generation) this.current = schema;
        return schema;
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }

  invalidate() {
    this.generation++;
    this.current = null;
  }

  private listen() {
    if (this.listener || !this.listenUrl) return;
    const client = new pg.Client({ connectionString: this.listenUrl });
    this.listener = client;
    const drop = () => {
      if (this.listener !== client) return;
      // Without the listener, changes could go unseen: forget the cache and listen again on next use.
      this.listener = null;
      this.invalidate();
      client.end().catch(() => undefined);
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', (n) => {
      if (n.channel === 'pgrst' && (!n.payload || n.payload === 'reload schema')) this.invalidate();
    });
    client
      .connect()
      .then(() => {
        // A LISTEN connection must not keep Node alive once everything else is done.
        (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
        this.listenerWarned = false;
        return client.query('listen pgrst');
      })
      .catch((e) => {
        if (!this.listenerWarned) this.log(`rest: schema cache listener failed: ${(e as Error).message}`);
        this.listenerWarned = true;
        drop();
      });
  }

  async table(name: string): Promise<{ schema: Schema; table: Table }> {
    let schema = await this.get();
    if (!schema.tables.has(name)) schema = await this.reload();
    const table = schema.tables.get(name);
    if (!table) throw ERRORS.noTable(name, ((s) => (s ? `Perhaps you meant the table 'public.${s}'` : null))(closest(name, schema.tables.keys())));
    return { schema, table };
  }

  async routines(name: string): Promise<{ schema: Schema; routines: Routine[] }> {
    let schema = await this.get();
    if (!schema.routines.has(name)) schema = await this.reload();
    return { schema, routines: schema.routines.get(name) ?? [] };
  }

  /** The one relationship `origin → target` (with an optional `!hint`), reloading once on a miss. */
  async relationship(schema: Schema, origin: string, target: string, hint?: string): Promise<Relationship> {
    let found = matchRelationships(schema.relationships.get(origin) ?? [], target, hint);
    if (found.length === 0) {
      schema = await this.reload();
      found = matchRelationships(schema.relationships.get(origin) ?? [], target, hint);
    }
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      const hints = found.map((r) => `'${r.foreignTable}!${r.constraint}'`).join(', ');
      throw ERRORS.ambiguousRelationship(
        origin,
        target,
        found.map(describe),
        `Try changing '${target}' to one of the following: ${hints}. Find the desired relationship in the 'details' key.`,
      );
    }
    const known = schema.relationships.get(origin);
    const suggestion = known
      ? ((s) => (s && s !== target ? `Perhaps you meant '${s}' instead of '${target}'.` : null))(
          closest(
            target,
            known.map((r) => r.foreignTable),
          ),
        )
      : ((s) => (s ? `Perhaps you meant '${s}' instead of '${origin}'.` : null))(closest(origin, schema.relationships.keys()));
    throw ERRORS.noRelationship(origin, target, hint, suggestion);
  }
}
