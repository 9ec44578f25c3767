// Where to go after signing in: only a path on this site, never another origin (no open redirect).

export const DEFAULT_AFTER_SIGN_IN = '/dashboard';

export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return DEFAULT_AFTER_SIGN_IN;
  try {
    const url = new URL(next, 'http://same.origin');
    if (url.origin !== 'http://same.origin' || url.pathname.startsWith('/login')) return DEFAULT_AFTER_SIGN_IN;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
}

export const loginPathFor = (here: string) => (here && here !== '/' ? `/login?next=${encodeURIComponent(here)}` : '/login');
