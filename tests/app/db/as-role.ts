// Runs SQL the way PostgREST and Storage do: inside a transaction, as the JWT's role with request.jwt.claims
// set, so Postgres alone decides what is allowed. Every transaction is rolled back: tests leave no rows behind.
import pg from 'pg';
import { afterAll } from 'vitest';
import { stack } from '../../support/clients.ts';

export type Actor = 'anon' | 'service_role' | { userId: string; email?: string };

export type Scope = {
  /** Runs a statement as this scope's actor. */
  query: <T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: readonly unknown[]) => Promise<T[]>;
  /** Runs a statement expected to fail; returns its error (the transaction carries on). */
  refused: (text: string, params?: readonly unknown[]) => Promise<pg.DatabaseError>;
};

export type Tx = Scope & {
  /** The same transaction, switched to an API role: `anon`, `service_role` or a signed-in user. */
  as: (actor: Actor) => Scope;
};

const pools = new Map<string, pg.Pool>();
afterAll(async () => {
  await Promise.all([...pools.values()].map((p) => p.end()));
  pools.clear();
});

const claimsOf = (actor: Actor) =>
  actor === 'anon' || actor === 'service_role'
    ? { role: actor }
    : { role: 'authenticated', aud: 'authenticated', sub: actor.userId, email: actor.email ?? '' };

/** Opens a transaction (as the postgres superuser, for setup and assertions), runs fn, and rolls back. */
export async function rolledBack<T>(fn: (tx: Tx) => Promise<T>, dbUrl = stack.dbUrl): Promise<T> {
  if (!pools.has(dbUrl)) {
    const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
    pool.on('error', () => undefined); // an idle connection to a scratch database that a test dropped
    pools.set(dbUrl, pool);
  }
  const client = await pools.get(dbUrl)!.connect();
  let savepoints = 0;

  const scope = (actor: Actor | null): Scope => {
    const become = async () => {
      if (!actor) {
        await client.query(`reset role; select set_config('request.jwt.claims', '', true)`);
        return;
      }
      const claims = claimsOf(actor);
      await client.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [claims.role, JSON.stringify(claims)]);
    };
    const query = async <R extends pg.QueryResultRow>(text: string, params: readonly unknown[] = []) => {
      await become();
      return (await client.query<R>(text, [...params])).rows;
    };
    const refused = async (text: string, params: readonly unknown[] = []) => {
      const name = `attempt_${++savepoints}`;
      await client.query(`savepoint ${name}`);
      try {
        await query(text, params);
      } catch (e) {
        await client.query(`rollback to savepoint ${name}`);
        return e as pg.DatabaseError;
      }
      await client.query(`release savepoint ${name}`);
      throw new Error(`expected the statement to be refused, but it succeeded: ${text}`);
    };
    return { query, refused };
  };

  try {
    await client.query('begin');
    return await fn({ ...scope(null), as: (actor) => scope(actor) });
  } finally {
    await client.query('rollback').catch(() => undefined);
    client.release();
  }
}
