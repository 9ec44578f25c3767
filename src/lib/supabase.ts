// The app's Supabase client, for signed-in pages; the public pages use the fetches of ./public-api.ts instead.
import { createClient } from '@supabase/supabase-js';
import type { Database } from './database.types.ts';
import { supabaseAnonKey, supabaseUrl } from './supabase-config.ts';

export { supabaseAnonKey, supabaseUrl };

// What an auth email's link brought in the fragment (#access_token=… or #error=…&error_code=otp_expired), read before
// supabase-js takes the session from it and clears it, so the set-password pages can say why a link did not work.
export const authRedirectHash = typeof window === 'undefined' ? '' : window.location.hash;

export const supabase = createClient<Database>(supabaseUrl, supabaseAnonKey);
