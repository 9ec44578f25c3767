// The two values the SPA needs to reach Supabase, checked once at start-up so a missing one is a readable page, not a blank one.
import * as z from 'zod/v4-mini';

const notSetOr = (message: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is not set' : message) });

const envSchema = z.object({
  VITE_SUPABASE_URL: z.url({ ...notSetOr('must be a URL such as http://127.0.0.1:54321 or https://<project>.supabase.co'), protocol: /^https?$/ }),
  VITE_SUPABASE_ANON_KEY: z.string(notSetOr('must be text')).check(z.trim(), z.minLength(20, "must be the project's anon (public) key")),
});

export type Env = z.infer<typeof envSchema>;
export type EnvResult = { ok: true; env: Env } | { ok: false; problems: string[] };

export function parseEnv(source: Record<string, unknown>): EnvResult {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return { ok: true, env: { ...parsed.data, VITE_SUPABASE_URL: parsed.data.VITE_SUPABASE_URL.replace(/\/+$/, '') } };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`) };
}

export const envResult: EnvResult = parseEnv(import.meta.env);

/** The checked values; main.tsx shows the configuration page instead of the app when they are missing. */
export function requireEnv(): Env {
  if (!envResult.ok) throw new Error(`The app is not configured: ${envResult.problems.join('; ')}.`);
  return envResult.env;
}
