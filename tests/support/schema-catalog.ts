// A normalised, sorted description of a database's schema read from the catalog, one line per fact, so two
// databases built different ways (the migrations, supabase/schemas) can be compared. There is no pg_dump for the
// embedded Postgres here, so this reads what `pg_dump --schema-only` would print: tables, columns, constraints,
// indexes, policies, functions, triggers, views, types, sequences, grants, comments and the storage buckets.
import type pg from 'pg';

// The schemas the project writes into; auth and storage are the platform's, but migrations add triggers and policies there.
const SCHEMAS = `('public', 'storage', 'auth', 'extensions')`;

// Each query returns one `line` per fact; ordering happens afterwards so the queries stay simple.
const FACTS: Record<string, string> = {
  schemas: `
    select format('schema %I owner %s acl %s', n.nspname, n.nspowner::regrole, sorted_acl(n.nspacl))
    from pg_namespace n where n.nspname in ${SCHEMAS}`,
  extensions: `
    select format('extension %I in %I', e.extname, e.extnamespace::regnamespace) from pg_extension e`,
  relations: `
    select format('relation %s kind %s owner %s rls %s force %s options %s acl %s', c.oid::regclass, c.relkind, c.relowner::regrole,
                  c.relrowsecurity, c.relforcerowsecurity, coalesce(c.reloptions::text, '{}'), sorted_acl(c.relacl))
    from pg_class c where c.relnamespace::regnamespace::text in ${SCHEMAS} and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')`,
  columns: `
    select format('column %s #%s %I %s%s%s%s%s%s acl %s', a.attrelid::regclass,
                  row_number() over (partition by a.attrelid order by a.attnum), a.attname, format_type(a.atttypid, a.atttypmod),
                  case when a.attnotnull then ' not null' else '' end,
                  case when a.attgenerated = 's' then ' generated ' || pg_get_expr(d.adbin, d.adrelid)
                       when d.adbin is not null then ' default ' || pg_get_expr(d.adbin, d.adrelid) else '' end,
                  case a.attidentity when 'a' then ' identity always' when 'd' then ' identity by default' else '' end,
                  case when a.attcollation <> 0 and a.attcollation <> t.typcollation then ' collate ' || a.attcollation::regcollation else '' end,
                  coalesce(' comment ' || quote_literal(col_description(a.attrelid, a.attnum)), ''),
                  sorted_acl(a.attacl))
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_type t on t.oid = a.atttypid
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where c.relnamespace::regnamespace::text in ${SCHEMAS} and c.relkind in ('r', 'p', 'v', 'm', 'f')
      and a.attnum > 0 and not a.attisdropped`,
  constraints: `
    select format('constraint %s %I %s%s', coalesce(nullif(c.conrelid, 0)::regclass::text, c.contypid::regtype::text), c.conname,
                  pg_get_constraintdef(c.oid), case when c.convalidated then '' else ' not valid' end)
    from pg_constraint c where c.connamespace::regnamespace::text in ${SCHEMAS} and c.contype <> 'n'`,
  indexes: `
    select format('index %s', pg_get_indexdef(i.indexrelid)) from pg_index i join pg_class c on c.oid = i.indexrelid
    where c.relnamespace::regnamespace::text in ${SCHEMAS}`,
  policies: `
    select format('policy %I.%I %I %s %s to %s using %s check %s', p.schemaname, p.tablename, p.policyname, p.permissive, p.cmd,
                  (select string_agg(r, ',' order by r) from unnest(p.roles) r), coalesce(p.qual, '-'), coalesce(p.with_check, '-'))
    from pg_policies p where p.schemaname in ${SCHEMAS}`,
  functions: `
    select format('function %s owner %s acl %s%s %s', p.oid::regprocedure, p.proowner::regrole, sorted_acl(p.proacl),
                  coalesce(' comment ' || quote_literal(obj_description(p.oid, 'pg_proc')), ''),
                  case when p.prokind = 'a' then 'aggregate' else pg_get_functiondef(p.oid) end)
    from pg_proc p
    where p.pronamespace::regnamespace::text in ${SCHEMAS}
      and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')`,
  triggers: `
    select format('trigger %s enabled %s', pg_get_triggerdef(t.oid), t.tgenabled) from pg_trigger t join pg_class c on c.oid = t.tgrelid
    where c.relnamespace::regnamespace::text in ${SCHEMAS} and not t.tgisinternal`,
  views: `
    select format('view %s as %s', c.oid::regclass, pg_get_viewdef(c.oid)) from pg_class c
    where c.relnamespace::regnamespace::text in ${SCHEMAS} and c.relkind in ('v', 'm')`,
  sequences: `
    select format('sequence %I.%I %s start %s inc %s min %s max %s cache %s cycle %s owned by %s', s.schemaname, s.sequencename, s.data_type,
                  s.start_value, s.increment_by, s.min_value, s.max_value, s.cache_size, s.cycle,
                  coalesce((select format('%s.%I', d.refobjid::regclass, a.attname) from pg_depend d
                            join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
                            where d.classid = 'pg_class'::regclass and d.objid = format('%I.%I', s.schemaname, s.sequencename)::regclass
                              and d.deptype in ('a', 'i')), '-'))
    from pg_sequences s where s.schemaname in ${SCHEMAS}`,
  types: `
    select format('type %s kind %s owner %s acl %s %s', t.oid::regtype, t.typtype, t.typowner::regrole, sorted_acl(t.typacl),
                  case t.typtype
                    when 'e' then (select string_agg(quote_literal(e.enumlabel), ',' order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid)
                    when 'd' then format_type(t.typbasetype, t.typtypmod) || case when t.typnotnull then ' not null' else '' end
                                  || coalesce(' default ' || t.typdefault, '')
                    else '' end)
    from pg_type t
    where t.typnamespace::regnamespace::text in ${SCHEMAS}
      and (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))`,
  comments: `
    select format('comment on %s %s: %s', c.oid::regclass, c.relkind, quote_literal(d.description))
    from pg_description d join pg_class c on c.oid = d.objoid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
    where c.relnamespace::regnamespace::text in ${SCHEMAS}`,
  defaultPrivileges: `
    select format('default privileges for %s in %s on %s: %s', d.defaclrole::regrole, coalesce(d.defaclnamespace::regnamespace::text, '*'),
                  d.defaclobjtype, sorted_acl(d.defaclacl))
    from pg_default_acl d`,
  eventTriggers: `
    select format('event trigger %I on %s %s enabled %s tags %s', e.evtname, e.evtevent, e.evtfoid::regproc, e.evtenabled,
                  coalesce(e.evttags::text, '-'))
    from pg_event_trigger e`,
  publications: `
    select format('publication %I %s', p.pubname, coalesce((select string_agg(format('%I.%I', t.schemaname, t.tablename), ',' order by 1)
                                                            from pg_publication_tables t where t.pubname = p.pubname), ''))
    from pg_publication p`,
  // Rows the schema itself makes (a singleton salt, say); the tables of an empty database are otherwise empty.
  rows: `
    select format('rows %s %s', c.oid::regclass,
                  (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %s', c.oid::regclass), false, true, '')))[1])
    from pg_class c where c.relnamespace::regnamespace::text in ('public', 'storage') and c.relkind = 'r'`,
  buckets: `
    select format('bucket %s %s public %s limit %s types %s', b.id, b.name, b.public, coalesce(b.file_size_limit::text, '-'),
                  coalesce(b.allowed_mime_types::text, '-'))
    from storage.buckets b`,
};

// ACL items in a stable order (the catalog keeps them in grant order, which differs between the two histories).
const SORTED_ACL = `
  create or replace function pg_temp.sorted_acl(acl aclitem[]) returns text language sql immutable as $$
    select coalesce((select string_agg(a::text, ',' order by a::text) from unnest(acl) a), 'default')
  $$`;

/** Every fact of the database `client` is connected to, sorted; equal lists mean equal schemas. */
export async function describeSchema(client: pg.ClientBase): Promise<string[]> {
  await client.query(SORTED_ACL);
  const lines: string[] = [];
  for (const [kind, query] of Object.entries(FACTS)) {
    const sql = query.replace(/sorted_acl\(/g, 'pg_temp.sorted_acl(');
    const { rows } = await client.query<{ line: string }>(`select line from (${sql}) as facts(line)`).catch((e: Error) => {
      throw new Error(`reading ${kind} from the catalog failed: ${e.message}`);
    });
    for (const row of rows) lines.push(row.line.replace(/\s+$/gm, ''));
  }
  return lines.sort();
}

/** A unified-style listing of the facts only one side has, or '' when both describe the same schema. */
export function schemaDiff(left: string[], right: string[], names: [string, string]): string {
  const inRight = new Set(right);
  const inLeft = new Set(left);
  const onlyLeft = left.filter((l) => !inRight.has(l));
  const onlyRight = right.filter((l) => !inLeft.has(l));
  if (!onlyLeft.length && !onlyRight.length) return '';
  const byKey = (l: string) => l.split(' ').slice(0, 3).join(' ');
  const keys = [...new Set([...onlyLeft, ...onlyRight].map(byKey))].sort();
  const out = [`--- ${names[0]}`, `+++ ${names[1]}`];
  for (const key of keys) {
    const lefts = onlyLeft.filter((x) => byKey(x) === key);
    const rights = onlyRight.filter((x) => byKey(x) === key);
    // One multi-line fact (a function) changed on each side: show only its lines that differ.
    if (lefts.length === 1 && rights.length === 1 && lefts[0].includes('\n')) out.push(`@ ${key}`, ...lineDiff(lefts[0], rights[0]));
    else out.push(...lefts.map((l) => `- ${l}`), ...rights.map((l) => `+ ${l}`));
  }
  return out.join('\n');
}

// The lines of a and b that the other lacks, in order (a longest common subsequence of lines).
function lineDiff(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
    } else if (j >= y.length || (i < x.length && lcs[i + 1][j] >= lcs[i][j + 1])) out.push(`- ${x[i++]}`);
    else out.push(`+ ${y[j++]}`);
  }
  return out;
}
