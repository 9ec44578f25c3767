// The one Supabase client of the app: REST, auth, storage and functions all go through it.
import { createClient } from '@supabase/supabase-js';
import type { Database } from './database.types.ts';
import { requireEnv } from './env.ts';

const env = requireEnv();

export const supabaseUrl = env.VITE_SUPABASE_URL;
export const supabaseAnonKey = env.VITE_SUPABASE_ANON_KEY;

export const supabase = createClient<Database>(supabaseUrl, supabaseAnonKey);
