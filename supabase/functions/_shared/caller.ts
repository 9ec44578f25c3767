// Who is calling: the claims of the bearer JWT. The platform verified its signature already
// (verify_jwt = true in config.toml), so decoding is enough here.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { FunctionError } from './errors.ts';

export type CallerClaims = { role?: string; sub?: string; [claim: string]: unknown };

export function callerClaims(req: Request): CallerClaims {
  const token = /^bearer\s+(.+)$/i.exec(req.headers.get('authorization') ?? '')?.[1];
  const payload = token?.split('.')[1];
  if (!payload) throw new FunctionError('unauthorized', 'Sign in first.');
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(json) as CallerClaims;
  } catch {
    throw new FunctionError('unauthorized', 'Sign in first.');
  }
}

export function requireServiceRole(req: Request): void {
  if (callerClaims(req).role !== 'service_role') throw new FunctionError('forbidden', 'Only the service role may call this function.');
}

/** A client acting as the caller, so Postgres RLS decides what they may see. */
export function callerClient(req: Request): SupabaseClient {
  const url = Deno.env.get('SUPABASE_URL')!;
  const anon = Deno.env.get('SUPABASE_ANON_KEY')!;
  return createClient(url, anon, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: { headers: { authorization: req.headers.get('authorization') ?? '' } },
  });
}
