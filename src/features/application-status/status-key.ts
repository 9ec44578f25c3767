// The status link's secret: 32 random bytes made in this browser when the application is sent. Only its SHA-256
// goes to the database. The key waits in this tab (sessionStorage, so every retry of one submission sends the same
// hash) until the success page has shown it once, and is forgotten then.
const STORAGE_PREFIX = 'smart-ats:status-key:';
const memory = new Map<string, string>();

function remembered(applicationId: string): string | null {
  try {
    return sessionStorage.getItem(STORAGE_PREFIX + applicationId);
  } catch {
    return memory.get(applicationId) ?? null;
  }
}

function remember(applicationId: string, key: string) {
  try {
    sessionStorage.setItem(STORAGE_PREFIX + applicationId, key);
  } catch {
    memory.set(applicationId, key);
  }
}

function forget(applicationId: string): void {
  memory.delete(applicationId);
  try {
    sessionStorage.removeItem(STORAGE_PREFIX + applicationId);
  } catch {
    // Storage refused: the memory copy is gone, which is all there is.
  }
}

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export const newStatusKey = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

/** Lower-case hex SHA-256 of the key's characters: what the database compares with applications.status_key_hash. */
export async function hashStatusKey(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The hash to insert with application `applicationId`: the key is made on the first call and reused by every retry.
 * Null without Web Crypto (plain-http previews on a LAN address): the application goes without a status link.
 */
export async function statusKeyHashFor(applicationId: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  let key = remembered(applicationId);
  if (!key) {
    key = newStatusKey();
    remember(applicationId, key);
  }
  return hashStatusKey(key);
}

/** The key of a sent application, for the success page to show once. */
export const readStatusKey = (applicationId: string): string | null => remembered(applicationId);

/** After it has been shown: the key leaves this tab for good. */
export const forgetStatusKey = (applicationId: string) => forget(applicationId);

export const statusPath = (applicationId: string, key: string) => `/applications/${applicationId}?key=${encodeURIComponent(key)}`;
