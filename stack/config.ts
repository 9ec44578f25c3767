// Settings of the Docker-free local Supabase. Ports and keys match `supabase start`, so tools
// written for the CLI's stack work unchanged; every value can be overridden from the environment.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The Supabase CLI's well-known local demo secret and keys (public by design, local only).
export const JWT_SECRET = process.env.SUPABASE_JWT_SECRET ?? 'super-secret-jwt-token-with-at-least-32-characters-long';
export const ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';
export const SERVICE_ROLE_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';

export type StackConfig = {
  apiPort: number;
  dbPort: number;
  functionsPort: number;
  /** Mailpit's web inbox and REST API (54324 under `supabase start`). */
  mailPort: number;
  /** The SMTP server every email goes through (Mailpit's 54325). */
  smtpPort: number;
  dataDir: string;
  host: string;
  /** Password of `postgres`, `supabase_admin` and the `authenticator` login. */
  dbPassword: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const apiPort = Number(env.STACK_API_PORT ?? 54321);
  return {
    apiPort,
    dbPort: Number(env.STACK_DB_PORT ?? 54322),
    functionsPort: Number(env.STACK_FUNCTIONS_PORT ?? apiPort + 8),
    mailPort: Number(env.STACK_MAIL_PORT ?? apiPort + 3),
    smtpPort: Number(env.STACK_SMTP_PORT ?? apiPort + 4),
    dataDir: path.resolve(ROOT, env.STACK_DATA_DIR ?? '.supabase-local/dev'),
    host: '127.0.0.1',
    dbPassword: 'postgres',
  };
}

/** The platform's superuser, as on hosted Supabase: it runs the bootstrap and the emulated services' own queries. */
export const PLATFORM_SUPERUSER = 'supabase_admin';

export const apiUrl = (c: StackConfig) => `http://${c.host}:${c.apiPort}`;
export const mailUrl = (c: StackConfig) => `http://${c.host}:${c.mailPort}`;
/** The sender of auth emails and the default for functions' SMTP_SENDER (supabase config.toml [auth.email.smtp] admin_email). */
export const MAIL_SENDER = process.env.STACK_MAIL_SENDER ?? 'Smart ATS <no-reply@smart-ats.local>';
export const dbUrl = (c: StackConfig, user = 'postgres') => `postgresql://${user}:${c.dbPassword}@${c.host}:${c.dbPort}/postgres`;
