// What the schema cache reads from pg_catalog for the exposed `public` schema: relations with their
// columns and unique keys, foreign keys, and functions (PostgREST's SchemaCache.hs, reduced).
import type pg from 'pg';

export type Column = { name: string; type: string; default: string | null; generated: boolean };
export type Table = { name: string; columns: Map<string, Column>; pk: string[]; uniqueKeys: string[][] };
export type ForeignKey = { name: string; table: string; columns: string[]; foreignTable: string; foreignColumns: string[] };
export type RoutineParam = { name: string; type: string; hasDefault: boolean; variadic: boolean };
export type Routine = {
  name: string;
  params: RoutineParam[];
  /** `void`, a scalar (incl. arrays, enums, domains) or a row type (table type, composite, OUT/TABLE columns). */
  returns: 'void' | 'scalar' | 'composite';
  setOf: boolean;
  /** The public table whose row type the function returns, for embedding from its result. */
  returnTable: string | null;
  volatility: 'i' | 's' | 'v';
  signature: string;
};

type CatalogRow = {
  tables: { name: string; columns: Column[]; keys: { cols: string[]; primary: boolean }[] }[];
  fks: ForeignKey[];
  routines: {
    name: string;
    volatility: 'i' | 's' | 'v';
    setOf: boolean;
    returnType: string;
    returnTypType: string;
    returnTable: string | null;
    nDefaults: number;
    args: { name: string | null; type: string; mode: string | null }[];
  }[];
};

// search_path is emptied for the read so format_type and pg_get_expr qualify every non-catalog name.
const CATALOG_SQL = `
select json_build_object(
  'tables', coalesce((
    select json_agg(json_build_object(
      'name', c.relname,
      'columns', coalesce((
        select json_agg(json_build_object(
          'name', a.attname,
          'type', format_type(a.atttypid, a.atttypmod),
          'default', case
            when a.attgenerated <> '' then null
            when a.attidentity <> '' then format('nextval(%L::regclass)', pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname))
            else pg_get_expr(d.adbin, d.adrelid) end,
          'generated', a.attgenerated <> '') order by a.attnum)
        from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped), '[]'),
      'keys', coalesce((
        select json_agg(json_build_object('cols', k.cols, 'primary', k.primary))
        from (
          select i.indisprimary as primary,
                 array(select a.attname from unnest(i.indkey::int2[]) with ordinality u(attnum, ord)
                       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = u.attnum order by u.ord) as cols
          from pg_index i
          where i.indrelid = c.oid and i.indisunique and i.indpred is null and i.indexprs is null
        ) k), '[]')))
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'v', 'm', 'f', 'p')), '[]'),
  'fks', coalesce((
    select json_agg(json_build_object(
      'name', con.conname, 'table', c.relname, 'foreignTable', fc.relname,
      'columns', array(select a.attname from unnest(con.conkey) with ordinality u(attnum, ord)
                       join pg_attribute a on a.attrelid = con.conrelid and a.attnum = u.attnum order by u.ord),
      'foreignColumns', array(select a.attname from unnest(con.confkey) with ordinality u(attnum, ord)
                              join pg_attribute a on a.attrelid = con.confrelid and a.attnum = u.attnum order by u.ord)))
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_class fc on fc.oid = con.confrelid join pg_namespace fn on fn.oid = fc.relnamespace
    where con.contype = 'f' and n.nspname = 'public' and fn.nspname = 'public'), '[]'),
  'routines', coalesce((
    select json_agg(json_build_object(
      'name', p.proname,
      'volatility', p.provolatile,
      'setOf', p.proretset,
      'returnType', format_type(p.prorettype, null),
      'returnTypType', rt.typtype,
      'returnTable', (select rc.relname from pg_class rc join pg_namespace rn on rn.oid = rc.relnamespace
                      where rc.oid = rt.typrelid and rn.nspname = 'public' and rc.relkind in ('r', 'v', 'm', 'f', 'p')),
      'nDefaults', p.pronargdefaults,
      'args', coalesce((
        select json_agg(json_build_object('name', x.name, 'type', format_type(x.type, null), 'mode', x.mode) order by x.ord)
        from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]), p.proargmodes::text[], p.proargnames) with ordinality x(type, mode, name, ord)), '[]')))
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_type rt on rt.oid = p.prorettype
    where n.nspname = 'public' and p.prokind = 'f'), '[]')
) as catalog`;

export type Catalog = { tables: Map<string, Table>; fks: ForeignKey[]; routines: Map<string, Routine[]> };

function toRoutine(r: CatalogRow['routines'][number]): Routine {
  const inputs = r.args.filter((a) => a.mode === null || a.mode === 'i' || a.mode === 'b' || a.mode === 'v');
  const outputs = r.args.filter((a) => a.mode === 'o' || a.mode === 't');
  const params = inputs.map((a, i) => ({ name: a.name ?? '', type: a.type, hasDefault: i >= inputs.length - r.nDefaults, variadic: a.mode === 'v' }));
  // RETURNS TABLE (even of one column) and several OUT parameters give rows; one OUT parameter gives its type.
  const rowOut = outputs.some((a) => a.mode === 't') || outputs.length > 1;
  const returns = r.returnType === 'void' ? 'void' : r.returnTypType === 'c' || rowOut ? 'composite' : 'scalar';
  const signature = `public.${r.name}(${params.map((p) => `${p.name} => ${p.type}`).join(', ')})`;
  return { name: r.name, params, returns, setOf: r.setOf, returnTable: r.returnTable, volatility: r.volatility, signature };
}

export async function readCatalog(admin: pg.Pool): Promise<Catalog> {
  const client = await admin.connect();
  let row: CatalogRow;
  try {
    await client.query('begin read only');
    await client.query(`set local search_path = ''`);
    row = (await client.query<{ catalog: CatalogRow }>(CATALOG_SQL)).rows[0].catalog;
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
  const tables = new Map<string, Table>();
  for (const t of row.tables) {
    tables.set(t.name, {
      name: t.name,
      columns: new Map(t.columns.map((c) => [c.name, c])),
      pk: t.keys.find((k) => k.primary)?.cols ?? [],
      uniqueKeys: t.keys.map((k) => k.cols),
    });
  }
  const routines = new Map<string, Routine[]>();
  for (const r of row.routines) routines.set(r.name, [...(routines.get(r.name) ?? []), toRoutine(r)]);
  return { tables, fks: row.fks, routines };
}
