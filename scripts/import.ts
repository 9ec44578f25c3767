// `npm run import`: moves applications and resume PDFs kept on an old server's disk into Supabase.
// Safe to interrupt (Ctrl-C) and re-run: rows already imported are skipped, half-done uploads reused.
import { parseImportArgs, USAGE } from './import/args.ts';
import { argsOrExit } from './cli-flags.ts';
import { connectionFromEnv, serviceClient } from './import/connect.ts';
import { formatSummary } from './import/report.ts';
import { ImportSetupError, runImport } from './import/run.ts';
import { Target } from './import/target.ts';

const args = argsOrExit(parseImportArgs(process.argv.slice(2)), USAGE);

const stop = new AbortController();
process.on('SIGINT', () => {
  if (stop.signal.aborted) process.exit(130);
  stop.abort();
  process.stderr.write('\nStopping after the rows in flight (Ctrl-C again to quit now; a re-run picks up where this one stopped)…\n');
});

const connection = (() => {
  try {
    return connectionFromEnv();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
})();

try {
  const crash = process.env.SMART_ATS_IMPORT_CRASH_AFTER_UPLOADS;
  const summary = await runImport(new Target(serviceClient(connection)), {
    org: args.org,
    csv: args.csv,
    files: args.files,
    dryRun: args.dryRun,
    concurrency: args.concurrency,
    signal: stop.signal,
    progress: process.stderr,
    crashAfterUploads: crash ? Number(crash) : undefined,
  });
  console.log(args.json ? JSON.stringify(summary, null, 2) : formatSummary(summary, args.csv));
  process.exit(summary.interrupted ? 130 : summary.failed ? 1 : 0);
} catch (e) {
  const message = e instanceof ImportSetupError ? e.message : `Import stopped: ${(e as Error).message}`;
  const unreachable = /fetch failed|ECONNREFUSED/.test(`${(e as Error).message} ${String((e as Error).cause ?? '')}`);
  console.error(
    unreachable ? `${message}\n${connection.url} does not answer${connection.local ? ': start the local stack with `npm run stack`' : ''}.` : message,
  );
  process.exit(e instanceof ImportSetupError ? 2 : 1);
}
