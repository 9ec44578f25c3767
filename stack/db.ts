// Connections for the emulated services. Requests run as `authenticator` switched to the JWT's role
// with request.jwt.claims set, exactly as PostgREST and Storage do, so Postgres decides every RLS question.
import pg from 'pg';
import { dbUrl, type StackConfig } from './config.ts';
import type { Claims } from './jwt.ts';

export const API_ROLES = new Set(['anon', 'authenticated', 'service_role']);

// Return bigint/numeric as JS numbers like PostgREST's JSON does, and timestamps as the text Postgres printed.
pg.types.setTypeParser(20, (v) => Number(v));
for (const oid of [1082, 1114, 1184]) pg.types.setTypeParser(oid, (v) => v);

export class Db {
  readonly api: pg.Pool;
  readonly admin: pg.Pool;

  constructor(c: StackConfig) {
    this.api = new pg.Pool({ connectionString: dbUrl(c, 'authenticator'), max: 20 });
    this.admin = new pg.Pool({ connectionString: dbUrl(c), max: 5 });
    // A restarted Postgres drops idle connections; the pool must not crash the gateway for it.
    this.api.on('error', () => undefined);
    this.admin.on('error', () => undefined);
    // Nor may a connection lost while checked out between two queries: the next query fails instead.
    for (const pool of [this.api, this.admin]) pool.on('connect', (client) => client.on('error', () => undefined));
  }

  /** Runs fn in one transaction as the claims' role, with request.jwt.claims set. */
  async asClaims<T>(claims: Claims, fn: (client: pg.PoolClient) => Promise<T>, extra: Record<string, string> = {}): Promise<T> {
    const role = String(claims.role ?? 'anon');
    if (!API_ROLES.has(role)) throw Object.assign(new Error(`role "${role}" does not exist`), { code: '22023' });
    const client = await this.api.connect();
    try {
      // begin and the settings in one round trip (a simple-protocol batch, so literals escaped by pg, not parameters).
      const settings = { role, 'request.jwt.claims': JSON.stringify(claims), ...extra };
      const sets = Object.entries(settings).map(([k, v]) => `set_config(${client.escapeLiteral(k)}, ${client.escapeLiteral(v)}, true)`);
      await client.query(`begin; select ${sets.join(', ')}`);
      const result = await fn(client);
      await client.query('commit');
      return result;
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async end() {
    await Promise.all([this.api.end(), this.admin.end()]);
  }
}
