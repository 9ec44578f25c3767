// supabase-js clients and a SQL helper (as `postgres`, no superuser) for conformance tests against the running stack.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { inject } from 'vitest';
import WebSocket from 'ws';

export const stack = inject('stack');

export const clientOptions = {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  // supabase-js on Node 20 needs a WebSocket transport to build a client at all.
  realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
};

export const anonClient = (): SupabaseClient => createClient(stack.apiUrl, stack.anonKey, clientOptions);
export const serviceClient = (): SupabaseClient => createClient(stack.apiUrl, stack.serviceRoleKey, clientOptions);

/** A client signed in with email and password. */
export async function signedInClient(email: string, password: string): Promise<SupabaseClient> {
  const client = anonClient();
  const { error } = await client.auth.signInWithPassword({ email, password });
  if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
  return client;
}

/** `url` as the platform's superuser (supabase_admin), for the few tests that bootstrap a scratch database. */
export function platformUrl(url: string): string {
  const u = new URL(url);
  u.username = 'supabase_admin';
  return u.toString();
}

let pool: pg.Pool | undefined;
/** Runs SQL as `postgres` — not a superuser, as on hosted Supabase (setup and assertions only, never what is under test). */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  pool ??= new pg.Pool({ connectionString: stack.dbUrl, max: 3 });
  return (await pool.query<T>(text, params)).rows;
}
