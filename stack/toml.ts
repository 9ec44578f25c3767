// Reads the few settings the local stack needs from supabase/config.toml ([functions.<name>] verify_jwt).
// A deliberately tiny reader: tables and `key = value` scalars, which is all config.toml uses for these.
export type TomlTable = Record<string, string | number | boolean | string[]>;

export function readTomlTables(text: string): Record<string, TomlTable> {
  const tables: Record<string, TomlTable> = { '': {} };
  let current = tables[''];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      current = tables[header[1].trim()] ??= {};
      continue;
    }
    const kv = /^([A-Za-z0-9_."-]+)\s*=\s*(.+)$/.exec(line);
    if (!kv) continue;
    current[kv[1].replace(/"/g, '')] = parseValue(kv[2]);
  }
  return tables;
}

function parseValue(v: string): string | number | boolean | string[] {
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (v.startsWith('[')) return [...v.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  return v.replace(/^"(.*)"$/, '$1');
}
