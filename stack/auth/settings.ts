// The [auth] settings of supabase/config.toml the local GoTrue honours for emails: site_url and
// additional_redirect_urls (where links may send people), [auth.email] max_frequency and otp_expiry.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.ts';
import { readTomlTables } from '../toml.ts';

export type AuthSettings = { siteUrl: string; redirectPatterns: RegExp[]; maxFrequencyMs: number; otpExpiryMs: number };

/** "60s", "1m", "1h30m" as Go's time.ParseDuration (what the CLI passes GoTrue for max_frequency). */
export function parseDuration(value: string | number | undefined, fallbackMs: number): number {
  if (typeof value === 'number') return value * 1000;
  if (!value) return fallbackMs;
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
  let consumed = '';
  for (const m of value.matchAll(re)) {
    total += Number(m[1]) * units[m[2]];
    consumed += m[0];
  }
  return consumed === value ? total : fallbackMs;
}

/** GoTrue's allow-list globs (gobwas/glob with '.' and '/' as separators): `**` any text, `*` within one segment. */
export function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${escaped
      .replace(/\*\*/g, '\u0000')
      .replace(/\*/g, '[^./]*')
      .replace(/\?/g, '[^./]')
      .replace(/\u0000/g, '.*')}$`,
  );
}

export function loadAuthSettings(configFile = path.join(ROOT, 'supabase', 'config.toml')): AuthSettings {
  const tables = fs.existsSync(configFile) ? readTomlTables(fs.readFileSync(configFile, 'utf8')) : {};
  const auth = tables.auth ?? {};
  const email = tables['auth.email'] ?? {};
  const extra = Array.isArray(auth.additional_redirect_urls) ? auth.additional_redirect_urls : [];
  return {
    siteUrl: typeof auth.site_url === 'string' ? auth.site_url : 'http://127.0.0.1:5173',
    redirectPatterns: extra.map(globToRegExp),
    // GoTrue's defaults: one email per 60 s per user and kind, links valid for an hour.
    maxFrequencyMs: parseDuration(email.max_frequency as string | undefined, 60_000),
    otpExpiryMs: (typeof email.otp_expiry === 'number' ? email.otp_expiry : 3600) * 1000,
  };
}

/**
 * Where a link may send someone, as GoTrue's utilities.IsRedirectURLValid: the site URL's host (any port or path),
 * or a URL matching an additional_redirect_urls pattern; anything else falls back to the site URL.
 */
export function redirectTarget(s: AuthSettings, requested: string | null | undefined): string {
  if (!requested) return s.siteUrl;
  try {
    const url = new URL(requested);
    if (url.hostname === new URL(s.siteUrl).hostname) return requested;
  } catch {
    return s.siteUrl;
  }
  return s.redirectPatterns.some((p) => p.test(requested)) ? requested : s.siteUrl;
}
