// A direct Postgres connection for functions whose one database step should be one round trip, not a REST call
// back through the API gateway. SUPABASE_DB_URL is set on hosted Supabase and by the local stack alike
// (https://supabase.com/docs/guides/functions/connect-to-postgres). One small pool per worker, created on first use.
import postgres from 'postgres';

let pool: postgres.Sql | undefined;

export function db(): postgres.Sql {
  if (pool) return pool;
  const url = Deno.env.get('SUPABASE_DB_URL');
  if (!url) throw new Error('SUPABASE_DB_URL must be set');
  // prepare: false — hosted Supabase's transaction pooler (Supavisor) does not keep prepared statements across clients.
  pool = postgres(url, { max: 8, prepare: false, idle_timeout: 30, connect_timeout: 10, onnotice: () => undefined });
  return pool;
}
