// Runs `npm run import` as a child process against the test stack, as a person would, with --json.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ImportSummary } from '../../../../scripts/import/run.ts';
import { ROOT } from '../../../../stack/config.ts';
import { stack } from '../../../support/clients.ts';

export type ImportRun = { code: number | null; stdout: string; stderr: string; summary: ImportSummary | null };

/** Runs the importer CLI against the test stack with --json; resolves with its parsed summary, and exposes the child to signal it. */
export function runImportCli(args: string[], env: Record<string, string> = {}): Promise<ImportRun> & { child: ChildProcess } {
  let child!: ChildProcess;
  const done = new Promise<ImportRun>((resolve, reject) => {
    child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/import.ts', ...args, '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SUPABASE_URL: stack.apiUrl, SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      let summary: ImportSummary | null = null;
      try {
        summary = JSON.parse(stdout) as ImportSummary;
      } catch {
        // killed or failed before the summary
      }
      resolve({ code: code ?? (signal ? 128 + (signal === 'SIGKILL' ? 9 : 15) : null), stdout, stderr, summary });
    });
  });
  return Object.assign(done, { child });
}
