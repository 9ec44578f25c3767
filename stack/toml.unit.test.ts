import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './config.ts';
import { readTomlTables } from './toml.ts';

describe('config.toml reader', () => {
  it('reads tables, booleans, numbers, strings and string arrays', () => {
    const t = readTomlTables('a = 1\n[functions.x]\nverify_jwt = false # comment\nname = "n"\nlist = ["a", "b"]\n');
    expect(t['']).toEqual({ a: 1 });
    expect(t['functions.x']).toEqual({ verify_jwt: false, name: 'n', list: ['a', 'b'] });
  });

  it("reads the project's own supabase/config.toml", () => {
    const t = readTomlTables(fs.readFileSync(path.join(ROOT, 'supabase', 'config.toml'), 'utf8'));
    expect(t.api.port).toBe(54321);
    expect(t.db.port).toBe(54322);
  });
});
