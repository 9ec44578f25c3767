// Connections for the emulated services. Requests run as `authenticator` switched to the JWT's role
// with request.jwt.claims set, exactly as PostgREST and Storage do, so Postgres decides every RLS question.
import pg from 'pg';
import { PLATFORM_SUPERUSER, dbUrl, type StackConfig } from './config.ts';
import type { Claims } from './jwt.ts';

export const API_ROLES = new Set(['anon', 'authenticated', 'service_role']);

// Return bigint/numeric as JS numbers like PostgREST's JSON does, and timestamps as the text Postgres printed.
pg.types.setTypeParser(20, (v) => Number(v));
for (const oid of [1082, 1114, 1184]) pg.types.setTypeParser(oid, (v) => v);

// How long a request waits for a connection before it is refused: PostgREST's db-pool-acquisition-timeout default.
const ACQUIRE_TIMEOUT_MS = 10_000;

/**
 * Why a request could not use Postgres: it could not connect (refused, starting up, shutting down, timed out),
 * it waited too long for a pooled connection, or the connection dropped mid-request. Each service answers it in
 * its own words (PostgREST 503 PGRST000/001/003, Storage 500/544, GoTrue 500).
 */
export class DbUnavailable extends Error {
  constructor(
    readonly kind: 'connect' | 'pool-timeout' | 'lost',
    /** What libpq would have said, as PostgREST puts it in `details`. */
    readonly details: string,
    /** The SQLSTATE when Postgres itself refused (57P03 starting up, 57P01 shutting down…), else null. */
    readonly sqlstate: string | null,
    readonly timedOut: boolean,
    cause: unknown,
  ) {
    super(`database unavailable (${kind}): ${details.trim()}`, { cause });
    this.name = 'DbUnavailable';
  }
}

// libpq's wording for the socket errors Node reports by errno (PQconnectPoll's "connection to server … failed").
const SOCKET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?',
  ETIMEDOUT: 'Connection timed out\n\tIs the server running on that host and accepting TCP/IP connections?',
  EHOSTUNREACH: 'No route to host\n\tIs the server running on that host and accepting TCP/IP connections?',
  ENETUNREACH: 'Network is unreachable\n\tIs the server running on that host and accepting TCP/IP connections?',
  ECONNRESET: 'Connection reset by peer',
  EPIPE: 'Broken pipe',
};
// What libpq says when the server goes away under an open connection.
const SERVER_CLOSED =
  'server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.\n';
// node-postgres' own words for a connection that is gone (lib/client.js, pg-pool).
const LOST_MESSAGES = new Set([
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
]);
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';
const CONNECT_TIMEOUT = 'Connection terminated due to connection timeout';
// Server errors that mean Postgres is not there for us: connection exceptions, shutting down or starting up, full.
const OUTAGE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;

const codeOf = (e: Error) => ((e as { code?: unknown }).code as string | undefined) ?? '';
const isServerError = (e: Error) => 'severity' in e && /^[0-9A-Z]{5}$/.test(codeOf(e));

export class Db {
  readonly api: pg.Pool;
  readonly admin: pg.Pool;
  private readonly server: string;

  constructor(c: StackConfig, acquireTimeoutMs = ACQUIRE_TIMEOUT_MS) {
    this.api = new pg.Pool({ connectionString: dbUrl(c, 'authenticator'), max: 20, connectionTimeoutMillis: acquireTimeoutMs });
    this.admin = new pg.Pool({ connectionString: dbUrl(c, PLATFORM_SUPERUSER), max: 5, connectionTimeoutMillis: acquireTimeoutMs });
    this.server = `connection to server at "${c.host}", port ${c.dbPort} failed: `;
    // A restarted Postgres drops idle connections; the pool must not crash the gateway for it.
    this.api.on('error', () => undefined);
    this.admin.on('error', () => undefined);
    // Nor may a connection lost while checked out between two queries: the next query fails instead.
    for (const pool of [this.api, this.admin]) pool.on('connect', (client) => client.on('error', () => undefined));
  }

  /**
   * `e` as an outage, or null when it is something else (a statement Postgres refused, a bug). While connecting
   * (`connecting`), every failure is one; afterwards only a lost connection or Postgres going away is.
   */
  outage(e: unknown, connecting = false): DbUnavailable | null {
    if (e instanceof DbUnavailable) return e;
    // Node's own ECONNRESET for a client that went away mid-request is not Postgres going away.
    if (!(e instanceof Error) || e.message === 'aborted') return null;
    const code = codeOf(e);
    if (e.message === POOL_TIMEOUT) return new DbUnavailable('pool-timeout', '', null, true, e);
    if (e.message === CONNECT_TIMEOUT) return new DbUnavailable('connect', `${this.server}timeout expired\n`, null, true, e);
    if (isServerError(e)) {
      if (!connecting && !OUTAGE_SQLSTATE.test(code)) return null;
      return new DbUnavailable(connecting ? 'connect' : 'lost', `${this.server}FATAL:  ${e.message}\n`, code, false, e);
    }
    if (Object.hasOwn(SOCKET_ERRORS, code))
      return new DbUnavailable(
        connecting ? 'connect' : 'lost',
        connecting ? `${this.server}${SOCKET_ERRORS[code]}\n` : SERVER_CLOSED,
        null,
        code === 'ETIMEDOUT',
        e,
      );
    if (LOST_MESSAGES.has(e.message))
      return new DbUnavailable(connecting ? 'connect' : 'lost', connecting ? `${this.server}${SERVER_CLOSED}` : SERVER_CLOSED, null, false, e);
    return connecting ? new DbUnavailable('connect', `${this.server}${e.message}\n`, null, false, e) : null;
  }

  /** Runs fn in one transaction as the claims' role, with request.jwt.claims set. Connection failures are DbUnavailable. */
  async asClaims<T>(claims: Claims, fn: (client: pg.PoolClient) => Promise<T>, extra: Record<string, string> = {}): Promise<T> {
    const role = String(claims.role ?? 'anon');
    if (!API_ROLES.has(role)) throw Object.assign(new Error(`role "${role}" does not exist`), { code: '22023' });
    let client: pg.PoolClient;
    try {
      client = await this.api.connect();
    } catch (e) {
      throw this.outage(e, true) ?? e;
    }
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
      // Only a connection gone from under us is an outage; 57P01 and its kind stay Postgres' own errors here.
      throw !(e instanceof Error) || isServerError(e) ? e : (this.outage(e) ?? e);
    } finally {
      client.release();
    }
  }

  async end() {
    await Promise.all([this.api.end(), this.admin.end()]);
  }
}
