// The status link's secret: the key sign-upload derived for the resume's path (so the confirmation email can carry the
// same link, see docs/email.md), else 32 random bytes made in this browser. Only its SHA-256 goes to the database.
// The key waits in this tab (sessionStorage, so every retry of one submission sends the same hash) until the success
// page has shown it once, and is forgotten then.
const STORAGE_PREFIX = 'smart-ats:status-key:';
const GRANT_PREFIX = 'smart-ats:granted-status-key:';
const memory = new Map<string, string>();

function remembered(applicationId: string, prefix = STORAGE_PREFIX): string | null {
  try {
    return sessionStorage.getItem(prefix + applicationId);
  } catch {
    return memory.get(prefix + applicationId) ?? null;
  }
}

function remember(applicationId: string, key: string, prefix = STORAGE_PREFIX) {
  try {
    sessionStorage.setItem(prefix + applicationId, key);
  } catch {
    memory.set(prefix + applicationId, key);
  }
}

function forget(applicationId: string, prefix = STORAGE_PREFIX): void {
  memory.delete(prefix + applicationId);
  try {
    sessionStorage.removeItem(prefix + applicationId);
  } catch {
    // Storage refused: the memory copy is gone, which is all there is.
  }
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export const newStatusKey = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

/** Lower-case hex SHA-256 of the key's characters: what the database compares with applications.status_key_hash. */
export async function hashStatusKey(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const KEY_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The key sign-upload derived for a granted path, kept until the application with that resume is sent. */
export function rememberGrantedStatusKey(resumePath: string, key: string): void {
  if (KEY_SHAPE.test(key)) remember(resumePath, key, GRANT_PREFIX);
}

/**
 * The hash to insert with application `applicationId`: the key is the one granted with `resumePath` (else made on the
 * first call) and reused by every retry. Null without Web Crypto (plain-http previews on a LAN address): the
 * application goes without a status link.
 */
export async function statusKeyHashFor(applicationId: string, resumePath?: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  let key = remembered(applicationId);
  if (!key) {
    key = (resumePath && remembered(resumePath, GRANT_PREFIX)) || newStatusKey();
    remember(applicationId, key);
    if (resumePath) forget(resumePath, GRANT_PREFIX);
  }
  return hashStatusKey(key);
}

/** The key of a sent application, for the success page to show once. */
export const readStatusKey = (applicationId: string): string | null => remembered(applicationId);

/** After it has been shown: the key leaves this tab for good. */
export const forgetStatusKey = (applicationId: string) => forget(applicationId);

export const statusPath = (applicationId: string, key: string) => `/applications/${applicationId}?key=${encodeURIComponent(key)}`;
