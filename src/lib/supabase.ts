// The one Supabase client of the app: REST, auth, storage and functions all go through it.
import { createClient } from '@supabase/supabase-js';
import type { Database } from './database.types.ts';
import { requireEnv } from './env.ts';

const env = requireEnv();

export const supabaseUrl = env.VITE_SUPABASE_URL;
export const supabaseAnonKey = env.VITE_SUPABASE_ANON_KEY;

// What an auth email's link brought in the fragment (#access_token=… or #error=…&error_code=otp_expired), read before
// supabase-js takes the session from it and clears it, so the set-password pages can say why a link did not work.
export const authRedirectHash = typeof window === 'undefined' ? '' : window.location.hash;

export const supabase = createClient<Database>(supabaseUrl, supabaseAnonKey);
