// src/lib/database.types.ts must be what `npm run db:types` generates from the migrated schema.
import { expect, it } from 'vitest';
import { checkTypesFresh } from '../../../scripts/db-types.ts';
import { stack } from '../../support/clients.ts';

it('the committed database types match the live schema (run `npm run db:types` after changing a migration)', async () => {
  const { fresh, expected, committed } = await checkTypesFresh(stack.dbUrl);
  if (!fresh) expect(committed).toBe(expected);
  expect(fresh).toBe(true);
});
