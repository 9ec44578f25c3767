// Signed Storage URLs a function hands out, moved onto the API origin the app was configured with.
import { supabaseUrl } from './supabase-config.ts';

/**
 * The signed URL on the API origin the app was configured with: behind `supabase start` functions see Storage at an
 * internal host the browser cannot reach; everywhere else this changes nothing.
 */
export function onOurApi(signedUrl: string): string {
  const url = new URL(signedUrl, supabaseUrl);
  const at = url.pathname.indexOf('/storage/v1/');
  return at < 0 ? url.href : `${supabaseUrl}${url.pathname.slice(at)}${url.search}`;
}
