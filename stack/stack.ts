// Starts and stops the whole local stack: Postgres, the gateway and its services, and Deno for functions.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ANON_KEY, SERVICE_ROLE_KEY, apiUrl, dbUrl, mailUrl, type StackConfig } from './config.ts';
import { Db } from './db.ts';
import { createGateway, type Services } from './gateway.ts';
import { startPostgres } from './postgres.ts';
import { createAuthService } from './auth/index.ts';
import { createRestService } from './rest/index.ts';
import { createStorageService } from './storage/index.ts';
import { startFunctions } from './functions/index.ts';
import { startScheduler } from './scheduler.ts';
import { startMail } from './mail/index.ts';
import { countTraffic } from './traffic.ts';

export type RunningStack = {
  config: StackConfig;
  apiUrl: string;
  dbUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  /** The local inbox: Mailpit's web page and REST API. */
  mailUrl: string;
  /** The SMTP server behind it (what functions get as SMTP_HOST / SMTP_PORT). */
  smtp: { host: string; port: number };
  stop: () => Promise<void>;
  /** Fault injection (reliability tests): stops one piece as a crash would; the returned function starts it again in place. */
  takeDown: (piece: StackPiece) => Promise<() => Promise<void>>;
};

export type StackPiece = 'gateway' | 'functions' | 'postgres' | 'mail';

export type StackOptions = { /** Leave scheduled jobs (scoring, sweeping) off, for tests that drive them by hand. */ noScheduler?: boolean };

export async function startStack(
  config: StackConfig,
  log: (line: string) => void = () => undefined,
  options: StackOptions = {},
): Promise<RunningStack> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  let pg = await startPostgres(config, log);
  const db = new Db(config);
  const cleanups: (() => Promise<void>)[] = [() => db.end(), () => pg.stop()];
  const stop = async () => {
    for (const fn of cleanups.splice(0)) await fn().catch((e) => log(`stop: ${(e as Error).message}`));
  };
  let functions: Awaited<ReturnType<typeof startFunctions>>;
  let takeDownMail: () => Promise<() => Promise<void>> = async () => async () => undefined;
  let services: Services;
  let gateway: ReturnType<typeof createGateway>;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      gateway.once('error', reject);
      gateway.listen(config.apiPort, config.host, () => resolve());
    });
  const closeGateway = () =>
    new Promise<void>((resolve) => {
      gateway.close(() => resolve());
      gateway.closeAllConnections();
    });
  try {
    let mail = await startMail(config, log);
    cleanups.unshift(() => mail.stop());
    takeDownMail = async () => {
      await mail.stop();
      return async () => {
        mail = await startMail(config, log);
      };
    };
    functions = await startFunctions(config, log);
    cleanups.unshift(() => functions.stop());
    services = {
      auth: createAuthService(db, config),
      rest: createRestService(db, config),
      storage: createStorageService(db, config),
      functions: functions.service,
    };
    gateway = createGateway(services, log, [countTraffic]);
    await listen();
    cleanups.unshift(closeGateway);
    log(`gateway listening on ${apiUrl(config)} (port ${(gateway.address() as AddressInfo).port})`);
    if (!options.noScheduler) {
      const scheduler = startScheduler(db, config, log);
      cleanups.unshift(() => scheduler.stop());
    }
  } catch (e) {
    await stop();
    throw e;
  }
  const takeDown = async (piece: StackPiece) => {
    if (piece === 'gateway') return (await closeGateway(), listen);
    if (piece === 'mail') return takeDownMail();
    if (piece === 'functions') {
      await functions.stop();
      return async () => {
        functions = await startFunctions(config, log);
        services.functions = functions.service;
      };
    }
    await pg.stop();
    return async () => {
      pg = await startPostgres(config, log);
    };
  };
  return {
    config,
    apiUrl: apiUrl(config),
    dbUrl: dbUrl(config),
    anonKey: ANON_KEY,
    serviceRoleKey: SERVICE_ROLE_KEY,
    mailUrl: mailUrl(config),
    smtp: { host: config.host, port: config.smtpPort },
    stop,
    takeDown,
  };
}

/** Deletes the stack's data (database cluster and stored objects) so the next start is fresh. */
export function wipeData(config: StackConfig) {
  fs.rmSync(path.join(config.dataDir), { recursive: true, force: true });
}
