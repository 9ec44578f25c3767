// A throw-away local stack for one benchmark suite, on free ports, with scheduled jobs off so
// background scoring does not add noise to latency figures.
import { ANON_KEY, SERVICE_ROLE_KEY, loadConfig } from '../stack/config.ts';
import { freePort } from '../stack/lock.ts';
import { startStack, wipeData, type RunningStack } from '../stack/stack.ts';

export async function withBenchStack<T>(
  name: string,
  fn: (s: RunningStack) => Promise<T>,
  env: Record<string, string> = {},
  /** Suites that measure a scheduled job (the email drain) keep the scheduler on. */
  { scheduler = false }: { scheduler?: boolean } = {},
): Promise<T> {
  // The functions runtime inherits process.env at start; the next suite's stack must not inherit this one's settings.
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const config = loadConfig({
    STACK_API_PORT: String(await freePort()),
    STACK_DB_PORT: String(await freePort()),
    STACK_FUNCTIONS_PORT: String(await freePort()),
    STACK_MAIL_PORT: String(await freePort()),
    STACK_SMTP_PORT: String(await freePort()),
    STACK_DATA_DIR: `.supabase-local/bench-${name}`,
  });
  try {
    wipeData(config);
    const stack = await startStack(config, () => undefined, { noScheduler: !scheduler });
    try {
      return await fn(stack);
    } finally {
      await stack.stop();
      wipeData(config);
    }
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export const anonHeaders = { apikey: ANON_KEY, authorization: `Bearer ${ANON_KEY}` };
export const serviceHeaders = { apikey: SERVICE_ROLE_KEY, authorization: `Bearer ${SERVICE_ROLE_KEY}` };
