// RLS matrix cells for duplicates, retention and erasure: rows made for the cell (as postgres) and removed after it.
import { dropApplication, freshApplication, using, type Try } from './fixtures.ts';

/** Two fresh Acme applications of one person (freshApplication gives every one the same email). */
const twoSubmissions = async () => ({ first: await freshApplication(), second: await freshApplication() });
const dropBoth = async (p: { first: { path: string }; second: { path: string } }) => {
  await dropApplication(p.second);
  await dropApplication(p.first);
};

export const PRIVACY_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  'rpc · application_duplicates (an Acme application; members)': ({ client }) =>
    using(twoSubmissions, dropBoth, async ({ first, second }) => {
      const { data, error } = await client.rpc('application_duplicates', { application: second.id });
      return !error && Array.isArray(data) && data.some((d: { id: string }) => d.id === first.id);
    }),
};
