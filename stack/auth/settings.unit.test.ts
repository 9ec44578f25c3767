// Where auth links may send people, and config.toml's durations, as GoTrue reads them.
import { describe, expect, it } from 'vitest';
import { globToRegExp, loadAuthSettings, parseDuration, redirectTarget } from './settings.ts';

describe('auth settings', () => {
  it('parses Go durations and falls back on nonsense', () => {
    expect(parseDuration('5s', 1)).toBe(5000);
    expect(parseDuration('1m30s', 1)).toBe(90_000);
    expect(parseDuration(undefined, 60_000)).toBe(60_000);
    expect(parseDuration('soon', 42)).toBe(42);
  });

  it('matches allow-list globs per segment', () => {
    expect(globToRegExp('http://*.example.com/**').test('http://app.example.com/a/b')).toBe(true);
    expect(globToRegExp('http://*.example.com/**').test('http://evil.com/x.example.com/')).toBe(false);
    expect(globToRegExp('http://localhost:5173').test('http://localhost:5173')).toBe(true);
  });

  it('keeps redirects to the site host or the allow-list and sends the rest to the site URL', () => {
    const s = { ...loadAuthSettings(), siteUrl: 'http://127.0.0.1:5173', redirectPatterns: [globToRegExp('http://localhost:5173/**')] };
    expect(redirectTarget(s, 'http://127.0.0.1:5220/reset-password')).toBe('http://127.0.0.1:5220/reset-password');
    expect(redirectTarget(s, 'http://localhost:5173/dashboard')).toBe('http://localhost:5173/dashboard');
    expect(redirectTarget(s, 'https://evil.example/')).toBe('http://127.0.0.1:5173');
    expect(redirectTarget(s, 'not a url')).toBe('http://127.0.0.1:5173');
    expect(redirectTarget(s, null)).toBe('http://127.0.0.1:5173');
  });

  it('reads supabase/config.toml', () => {
    expect(loadAuthSettings()).toMatchObject({ siteUrl: 'http://127.0.0.1:5173', maxFrequencyMs: 5000, otpExpiryMs: 3_600_000 });
  });
});
