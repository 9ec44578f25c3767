// `npm run db:types`: writes src/lib/database.types.ts from the live local schema in the shape of
// `supabase gen types typescript` (postgres-meta's typegen template, with one-to-one detection on),
// without its server and prettier: the same catalog queries, printed in prettier's layout.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

export const TYPES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'lib', 'database.types.ts');
const DEFAULT_DB_URL = 'postgresql://postgres:postgres@127.0.0.1:54322/postgres';
const SCHEMAS = ['public'];
const WIDTH = 80;

type Column = {
  table_id: number;
  name: string;
  format: string;
  is_nullable: boolean;
  has_default: boolean;
  is_identity: boolean;
  identity_generation: string | null;
};
type Relation = { id: number; schema: string; name: string; kind: 'table' | 'view'; is_updatable: boolean };
type Relationship = {
  foreign_key_name: string;
  schema: string;
  relation: string;
  columns: string[];
  referenced_schema: string;
  referenced_relation: string;
  referenced_columns: string[];
  is_one_to_one: boolean;
};
type Arg = { mode: string; name: string; type_id: number; has_default: boolean };
type Fn = {
  schema: string;
  name: string;
  args: Arg[];
  argument_types: string;
  return_type_id: number;
  return_type_relation_id: number | null;
  is_set_returning_function: boolean;
};
type PgType = { id: number; name: string; schema: string; enums: string[]; attributes: { name: string; type_id: number }[] };
type Meta = { relations: Relation[]; columns: Column[]; relationships: Relationship[]; functions: Fn[]; types: Map<number, PgType> };

async function introspect(client: pg.Client): Promise<Meta> {
  const q = async <T extends pg.QueryResultRow>(text: string) => (await client.query<T>(text, [SCHEMAS])).rows;
  const relations = await q<Relation>(`
    select c.oid::int as id, n.nspname as schema, c.relname as name,
      case when c.relkind in ('r', 'p', 'f') then 'table' else 'view' end as kind,
      c.relkind = 'v' and (pg_relation_is_updatable(c.oid, false) & 20) = 20 as is_updatable
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = any($1) and c.relkind in ('r', 'p', 'f', 'v', 'm')`);
  const columns = await q<Column>(`
    select a.attrelid::int as table_id, a.attname as name, coalesce(bt.typname, t.typname) as format,
      not (a.attnotnull or (t.typtype = 'd' and t.typnotnull)) as is_nullable, a.atthasdef as has_default,
      a.attidentity in ('a', 'd') as is_identity,
      case a.attidentity when 'a' then 'ALWAYS' when 'd' then 'BY DEFAULT' end as identity_generation
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid left join pg_type bt on t.typtype = 'd' and bt.oid = t.typbasetype
    where n.nspname = any($1) and c.relkind in ('r', 'p', 'f', 'v', 'm') and a.attnum > 0 and not a.attisdropped`);
  const relationships = await q<Relationship>(`
    with keys as (
      select conrelid, jsonb_agg(cols) as cols from pg_constraint
      cross join lateral (select jsonb_agg(a.attname order by k.ord) as cols from unnest(conkey) with ordinality k(attnum, ord)
        join pg_attribute a on a.attrelid = conrelid and a.attnum = k.attnum) c
      where contype in ('p', 'u') group by conrelid)
    select f.conname as foreign_key_name, n1.nspname as schema, t1.relname as relation,
      cols.cols as columns, n2.nspname as referenced_schema, t2.relname as referenced_relation, cols.refs as referenced_columns,
      coalesce(cols.cols in (select jsonb_array_elements(keys.cols)), false) as is_one_to_one
    from pg_constraint f
    cross join lateral (select jsonb_agg(a1.attname order by k.ord) as cols, jsonb_agg(a2.attname order by k.ord) as refs
      from unnest(f.conkey, f.confkey) with ordinality k(col, ref, ord)
      join pg_attribute a1 on a1.attrelid = f.conrelid and a1.attnum = k.col
      join pg_attribute a2 on a2.attrelid = f.confrelid and a2.attnum = k.ref) cols
    join pg_class t1 on t1.oid = f.conrelid join pg_namespace n1 on n1.oid = t1.relnamespace
    join pg_class t2 on t2.oid = f.confrelid join pg_namespace n2 on n2.oid = t2.relnamespace
    left join keys on keys.conrelid = f.conrelid
    where f.contype = 'f' and f.conparentid = 0 and n1.nspname = any($1)`);
  const functions = await q<Fn>(`
    select n.nspname as schema, p.proname as name, pg_get_function_arguments(p.oid) as argument_types,
      p.prorettype::int as return_type_id, nullif(rt.typrelid, 0)::int as return_type_relation_id, p.proretset as is_set_returning_function,
      coalesce((select jsonb_agg(jsonb_build_object(
          'mode', case m when 'i' then 'in' when 'o' then 'out' when 'b' then 'inout' when 'v' then 'variadic' else 'table' end,
          'name', coalesce(p.proargnames[k.i], ''), 'type_id', k.type_id::int,
          'has_default', k.i > p.pronargs - p.pronargdefaults and coalesce(p.proargmodes[k.i], 'i') in ('i', 'b', 'v')) order by k.i)
        from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality k(type_id, i)
        cross join lateral (select coalesce(p.proargmodes[k.i], 'i') as m) mode), '[]') as args
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_type rt on rt.oid = p.prorettype
    where n.nspname = any($1) and p.prokind = 'f'`);
  const types = await q<PgType>(`
    select t.oid::int as id, t.typname as name, n.nspname as schema,
      coalesce((select jsonb_agg(e.enumlabel order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid), '[]') as enums,
      coalesce((select jsonb_agg(jsonb_build_object('name', a.attname, 'type_id', a.atttypid::int) order by a.attnum)
        from pg_class c join pg_attribute a on a.attrelid = c.oid
        where c.oid = t.typrelid and c.relkind = 'c' and a.attnum > 0 and not a.attisdropped), '[]') as attributes
    from pg_type t join pg_namespace n on n.oid = t.typnamespace where $1::text[] is not null`);
  return { relations, columns, relationships, functions, types: new Map(types.map((t) => [t.id, t])) };
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
const key = (name: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name));
const pad = (depth: number) => '  '.repeat(depth);

/** A type literal printed as prettier would: on one line when it fits, else one member per line. */
function objectType(members: string[], depth: number, prefix: string, forceBreak = false): string {
  if (members.length === 0) return '{}';
  const inline = `{ ${members.join('; ')} }`;
  if (!forceBreak && !inline.includes('\n') && pad(depth).length + prefix.length + inline.length <= WIDTH) return inline;
  return `{\n${members.map((m) => `${pad(depth + 1)}${m}`).join('\n')}\n${pad(depth)}}`;
}

function render(meta: Meta): string {
  const tsType = (schema: string, format: string): string => {
    if (format === 'bool') return 'boolean';
    if (['int2', 'int4', 'int8', 'float4', 'float8', 'numeric'].includes(format)) return 'number';
    if (
      ['bytea', 'bpchar', 'varchar', 'date', 'text', 'citext', 'time', 'timetz', 'timestamp', 'timestamptz', 'uuid', 'vector', 'interval'].includes(
        format,
      )
    )
      return 'string';
    if (format === 'json' || format === 'jsonb') return 'Json';
    if (format === 'void') return 'undefined';
    if (format === 'record') return 'Record<string, unknown>';
    if (format.startsWith('_')) return `(${tsType(schema, format.slice(1))})[]`;
    const named = [...meta.types.values()].filter((t) => t.name === format);
    const pick = (list: PgType[]) => list.find((t) => t.schema === schema) ?? list[0];
    const enumType = pick(named.filter((t) => t.enums.length));
    if (enumType)
      return SCHEMAS.includes(enumType.schema)
        ? `Database[${JSON.stringify(enumType.schema)}]["Enums"][${JSON.stringify(enumType.name)}]`
        : enumType.enums.map((e) => JSON.stringify(e)).join(' | ');
    const composite = pick(named.filter((t) => t.attributes.length));
    if (composite && SCHEMAS.includes(composite.schema))
      return `Database[${JSON.stringify(composite.schema)}]["CompositeTypes"][${JSON.stringify(composite.name)}]`;
    const relation = meta.relations.find((r) => r.name === format && SCHEMAS.includes(r.schema));
    if (relation)
      return `Database[${JSON.stringify(relation.schema)}][${relation.kind === 'table' ? '"Tables"' : '"Views"'}][${JSON.stringify(relation.name)}]["Row"]`;
    return 'unknown';
  };
  const nullable = (type: string, isNullable: boolean) => (isNullable && type !== 'unknown' ? `${type} | null` : type);
  const typeName = (schema: string, id: number) => {
    const t = meta.types.get(id);
    return t ? tsType(schema, t.name) : 'unknown';
  };

  const schemaBlock = (schema: string) => {
    const cols = (id: number) => meta.columns.filter((c) => c.table_id === id).sort(byName);
    const relationships = (r: Relation) =>
      meta.relationships
        .filter((x) => x.schema === schema && x.relation === r.name && x.referenced_schema === schema)
        .sort((a, b) => a.foreign_key_name.localeCompare(b.foreign_key_name) || a.referenced_relation.localeCompare(b.referenced_relation))
        .map((x) => [
          `foreignKeyName: ${JSON.stringify(x.foreign_key_name)}`,
          `columns: ${JSON.stringify(x.columns).replaceAll(',', ', ')}`,
          `isOneToOne: ${x.is_one_to_one}`,
          `referencedRelation: ${JSON.stringify(x.referenced_relation)}`,
          `referencedColumns: ${JSON.stringify(x.referenced_columns).replaceAll(',', ', ')}`,
        ]);
    const relationshipsList = (r: Relation, depth: number) => {
      const list = relationships(r);
      if (!list.length) return '[]';
      return `[\n${list.map((members) => `${pad(depth + 1)}${objectType(members, depth + 1, '', true)},`).join('\n')}\n${pad(depth)}]`;
    };
    const row = (r: Relation) => cols(r.id).map((c) => `${key(c.name)}: ${nullable(tsType(schema, c.format), c.is_nullable)}`);
    const write = (r: Relation, insert: boolean) =>
      cols(r.id).map((c) => {
        if (c.identity_generation === 'ALWAYS') return `${key(c.name)}?: never`;
        const optional = !insert || c.is_nullable || c.is_identity || c.has_default;
        return `${key(c.name)}${optional ? '?' : ''}: ${nullable(tsType(schema, c.format), c.is_nullable)}`;
      });
    const relationBlock = (r: Relation, depth: number) => {
      const parts = [`Row: ${objectType(row(r), depth + 1, '', true)}`];
      if (r.kind === 'table' || r.is_updatable)
        parts.push(`Insert: ${objectType(write(r, true), depth + 1, '', true)}`, `Update: ${objectType(write(r, false), depth + 1, '', true)}`);
      parts.push(`Relationships: ${relationshipsList(r, depth + 1)}`);
      return `${key(r.name)}: ${objectType(parts, depth, '', true)}`;
    };
    const section = (entries: string[], depth: number) => objectType(entries.length ? entries : ['[_ in never]: never'], depth, '', true);
    const relationsOf = (kind: Relation['kind']) => meta.relations.filter((r) => r.schema === schema && r.kind === kind).sort(byName);

    const functionEntries = meta.functions
      .filter((f) => f.schema === schema)
      .filter((f) => {
        const inArgs = f.args.filter((a) => ['in', 'inout', 'variadic'].includes(a.mode));
        return inArgs.every((a) => a.name !== '') || (inArgs.length === 1 && [114, 3802, 25].includes(inArgs[0].type_id));
      })
      .sort((a, b) => a.name.localeCompare(b.name) || a.argument_types.localeCompare(b.argument_types))
      .map((f) => {
        const inArgs = f.args.filter((a) => a.mode === 'in').sort(byName);
        const args = inArgs.length ? inArgs.map((a) => `${key(a.name)}${a.has_default ? '?' : ''}: ${typeName(schema, a.type_id)}`) : null;
        const tableArgs = f.args.filter((a) => a.mode === 'table');
        const returns = tableArgs.length
          ? objectType(
              tableArgs.map((a) => `${key(a.name)}: ${typeName(schema, a.type_id)}`),
              4,
              'Returns: ',
              true,
            )
          : typeName(schema, f.return_type_id);
        const ret = `${returns}${f.is_set_returning_function ? '[]' : ''}`;
        const prefix = `${key(f.name)}: `;
        const inline = `{ Args: ${args ? `{ ${args.join('; ')} }` : 'never'}; Returns: ${ret} }`;
        if (!ret.includes('\n') && pad(3).length + prefix.length + inline.length <= WIDTH) return `${prefix}${inline}`;
        const argsText = args ? objectType(args, 4, 'Args: ') : 'never';
        return `${prefix}{\n${pad(4)}Args: ${argsText}\n${pad(4)}Returns: ${ret}\n${pad(3)}}`;
      });
    const enums = [...meta.types.values()].filter((t) => t.schema === schema && t.enums.length).sort(byName);
    const composites = [...meta.types.values()].filter((t) => t.schema === schema && t.attributes.length).sort(byName);
    return [
      `Tables: ${section(
        relationsOf('table').map((r) => relationBlock(r, 3)),
        2,
      )}`,
      `Views: ${section(
        relationsOf('view').map((r) => relationBlock(r, 3)),
        2,
      )}`,
      `Functions: ${section(functionEntries, 2)}`,
      `Enums: ${section(
        enums.map((e) => `${key(e.name)}: ${e.enums.map((v) => JSON.stringify(v)).join(' | ')}`),
        2,
      )}`,
      `CompositeTypes: ${section(
        composites.map(
          (c) =>
            `${key(c.name)}: ${objectType(
              c.attributes.map((a) => `${key(a.name)}: ${nullable(typeName(schema, a.type_id), true)}`),
              3,
              '',
              true,
            )}`,
        ),
        2,
      )}`,
    ];
  };

  const database = objectType(
    SCHEMAS.map((s) => `${key(s)}: ${objectType(schemaBlock(s), 1, '', true)}`),
    0,
    '',
    true,
  );
  const constants = SCHEMAS.map((s) => {
    const enums = [...meta.types.values()].filter((t) => t.schema === s && t.enums.length).sort(byName);
    const body = enums.length
      ? `{\n${enums.map((e) => `${pad(3)}${key(e.name)}: [${e.enums.map((v) => JSON.stringify(v)).join(', ')}],`).join('\n')}\n${pad(2)}}`
      : '{}';
    return `${pad(1)}${key(s)}: {\n${pad(2)}Enums: ${body},\n${pad(1)}},`;
  }).join('\n');
  return `${JSON_TYPE}\nexport type Database = ${database}\n${HELPER_TYPES}\nexport const Constants = {\n${constants}\n} as const\n`;
}

export async function generateTypes(dbUrl = process.env.DB_URL ?? DEFAULT_DB_URL): Promise<string> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return render(await introspect(client));
  } finally {
    await client.end();
  }
}

/** Whether the committed src/lib/database.types.ts is what the live schema generates. */
export async function checkTypesFresh(dbUrl?: string): Promise<{ fresh: boolean; expected: string; committed: string }> {
  const expected = await generateTypes(dbUrl);
  const committed = fs.existsSync(TYPES_FILE) ? fs.readFileSync(TYPES_FILE, 'utf8') : '';
  return { fresh: expected === committed, expected, committed };
}

const JSON_TYPE = `export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]
`;

const HELPER_TYPES = `
type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never
${['Insert', 'Update']
  .map(
    (kind) => `
export type Tables${kind}<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      ${kind}: infer ${kind[0]}
    }
    ? ${kind[0]}
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        ${kind}: infer ${kind[0]}
      }
      ? ${kind[0]}
      : never
    : never
`,
  )
  .join('')}
export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never
`;

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dbUrl = process.env.DB_URL ?? DEFAULT_DB_URL;
  try {
    if (process.argv.includes('--check')) {
      const { fresh } = await checkTypesFresh(dbUrl);
      console.log(
        fresh
          ? `${path.relative(process.cwd(), TYPES_FILE)} is up to date`
          : `${path.relative(process.cwd(), TYPES_FILE)} is stale: run npm run db:types`,
      );
      process.exitCode = fresh ? 0 : 1;
    } else {
      fs.mkdirSync(path.dirname(TYPES_FILE), { recursive: true });
      fs.writeFileSync(TYPES_FILE, await generateTypes(dbUrl));
      console.log(`wrote ${path.relative(process.cwd(), TYPES_FILE)} from ${dbUrl.replace(/\/\/[^@]*@/, '//')}`);
    }
  } catch (e) {
    console.error(
      `db:types: could not read the schema from ${dbUrl.replace(/\/\/[^@]*@/, '//')} (is the local stack running? npm run stack): ${(e as Error).message}`,
    );
    process.exitCode = 1;
  }
}
