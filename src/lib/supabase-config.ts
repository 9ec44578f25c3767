// Where the API is and its public key, apart from the supabase-js client so pages without it can read them.
import { requireEnv } from './env.ts';

const env = requireEnv();

export const supabaseUrl = env.VITE_SUPABASE_URL;
export const supabaseAnonKey = env.VITE_SUPABASE_ANON_KEY;
