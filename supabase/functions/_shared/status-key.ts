// The status link's key, derived from the resume path with a secret only functions hold: sign-upload hands it to the
// browser (which stores only its SHA-256, as before) and send-emails derives it again to put the link in the
// confirmation. The database never holds the key, and a database reader who knows a path cannot make it.
const secret = Deno.env.get('STATUS_KEY_SECRET') ?? Deno.env.get('SUPABASE_SERVICE_ROLE_KEY') ?? '';
const hmacKey = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** 43 base64url characters (32 bytes), the shape public.open_application_status accepts. */
export async function statusKeyFor(resumePath: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey, new TextEncoder().encode(`status-key:v1:${resumePath}`));
  return base64url(new Uint8Array(mac));
}

export async function sha256Hex(value: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
