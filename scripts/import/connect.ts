// The service-role client for the admin CLIs: the local stack by default, a hosted project when
// SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY are set (both, or neither).
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { SERVICE_ROLE_KEY } from '../../stack/config.ts';

export type Connection = { url: string; key: string; local: boolean };

export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): Connection {
  const url = env.SUPABASE_URL?.trim();
  const key = env.SUPABASE_SERVICE_ROLE_KEY?.trim();
  if (url && key) return { url: url.replace(/\/+$/, ''), key, local: false };
  if (url || key) throw new Error('Set both SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY to use a hosted project, or neither for the local stack.');
  return { url: `http://127.0.0.1:${env.STACK_API_PORT ?? 54321}`, key: SERVICE_ROLE_KEY, local: true };
}

export function serviceClient(c: Connection): SupabaseClient {
  return createClient(c.url, c.key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    // supabase-js on Node 20 needs a WebSocket implementation to construct a client.
    realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
  });
}
