// What Postgres being out of reach looks like to each service: node-postgres' real failures (a refused port, a
// server that never answers, one that hangs up) become DbUnavailable, which PostgREST, Storage and GoTrue word
// as the real services do. The conformance side (a real Postgres stopped under the stack) is tests/reliability/outage.
import net from 'node:net';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { Db, DbUnavailable } from './db.ts';
import { freePort } from './lock.ts';
import { fromOutage as restAnswer } from './rest/errors.ts';
import { fromOutage as storageAnswer } from './storage/errors.ts';

const servers: net.Server[] = [];
const dbs: Db[] = [];
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.end()));
  for (const s of servers) s.close();
});

/** A Db whose Postgres is whatever listens on `port` (nothing, or one of the fake servers below). */
function dbOn(port: number, acquireTimeoutMs?: number): Db {
  const db = new Db({ ...loadConfig({}), dbPort: port }, acquireTimeoutMs);
  dbs.push(db);
  return db;
}

/** A TCP server on a free port that does `onSocket` with every connection. */
async function fakeServer(onSocket: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer(onSocket);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

async function failureOf(db: Db): Promise<DbUnavailable> {
  const error = await db
    .asClaims({ role: 'anon' }, async () => 'unreachable')
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(DbUnavailable);
  return error as DbUnavailable;
}

const serverError = (code: string, message: string) => Object.assign(new pg.DatabaseError(message, 0, 'error'), { code, severity: 'FATAL' });

describe('Postgres out of reach', () => {
  it('nothing listening: PGRST000 with what libpq says, Storage’s bare 500', async () => {
    const port = await freePort();
    const outage = await failureOf(dbOn(port));
    expect(outage).toMatchObject({ kind: 'connect', sqlstate: null, timedOut: false });
    expect(restAnswer(outage)).toMatchObject({
      status: 503,
      body: {
        code: 'PGRST000',
        details: `connection to server at "127.0.0.1", port ${port} failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n`,
        hint: null,
        message: 'Database connection error. Retrying the connection.',
      },
    });
    expect(storageAnswer(outage)).toMatchObject({ status: 500, body: { statusCode: '500', error: 'Internal', message: 'Internal Server Error' } });
  });

  it('a server that never answers: refused after the acquisition timeout, never a hang (Storage: 544 DatabaseTimeout)', async () => {
    const port = await fakeServer(() => undefined);
    const started = Date.now();
    const outage = await failureOf(dbOn(port, 300));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(outage).toMatchObject({
      kind: 'connect',
      timedOut: true,
      details: `connection to server at "127.0.0.1", port ${port} failed: timeout expired\n`,
    });
    expect(restAnswer(outage)).toMatchObject({ status: 503, body: { code: 'PGRST000' } });
    expect(storageAnswer(outage)).toMatchObject({
      status: 544,
      body: { statusCode: '544', code: 'DatabaseTimeout', error: 'DatabaseTimeout', message: 'The connection to the database timed out' },
    });
  });

  it('a server that hangs up on connect: PGRST000 saying the server closed the connection', async () => {
    const port = await fakeServer((socket) => socket.destroy());
    const outage = await failureOf(dbOn(port));
    expect(outage.kind).toBe('connect');
    expect(outage.details).toMatch(/failed: server closed the connection unexpectedly\n/);
  });

  it('Postgres refusing the connection (starting up): PGRST000 with its FATAL, Storage’s DatabaseError with the SQLSTATE', () => {
    const outage = dbOn(1).outage(serverError('57P03', 'the database system is starting up'), true)!;
    expect(outage).toMatchObject({
      kind: 'connect',
      sqlstate: '57P03',
      details: 'connection to server at "127.0.0.1", port 1 failed: FATAL:  the database system is starting up\n',
    });
    expect(storageAnswer(outage)).toMatchObject({
      status: 500,
      body: { statusCode: '500', code: 'DatabaseError', message: 'database error, code: 57P03' },
    });
  });

  it('a connection lost mid-request: PGRST001 with libpq’s words', () => {
    const outage = dbOn(1).outage(new Error('Connection terminated unexpectedly'))!;
    expect(outage.kind).toBe('lost');
    expect(restAnswer(outage)).toMatchObject({
      status: 503,
      body: {
        code: 'PGRST001',
        message: 'Database client error. Retrying the connection.',
        details: expect.stringMatching(/^server closed the connection unexpectedly\n/),
      },
    });
  });

  it('every pooled connection busy past the timeout: 504 PGRST003 (Storage: 544)', () => {
    const outage = dbOn(1).outage(new Error('timeout exceeded when trying to connect'))!;
    expect(restAnswer(outage)).toMatchObject({
      status: 504,
      body: { code: 'PGRST003', details: null, hint: null, message: 'Timed out acquiring connection from connection pool.' },
    });
    expect(storageAnswer(outage)).toMatchObject({ status: 544 });
  });

  it('is not an outage: a statement Postgres refused, or anything else once connected', () => {
    const db = dbOn(1);
    expect(db.outage(serverError('42501', 'permission denied for table jobs'))).toBeNull();
    expect(db.outage(new Error('something else'))).toBeNull();
    expect(db.outage('not an error')).toBeNull();
    expect(db.outage(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))).toBeNull(); // the HTTP client went away
    // Postgres going away under an open connection is one, for the services that do not forward it (Storage, GoTrue).
    expect(db.outage(serverError('57P01', 'terminating connection due to administrator command'))).toMatchObject({ kind: 'lost', sqlstate: '57P01' });
  });
});
