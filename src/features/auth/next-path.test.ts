import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_SIGN_IN, loginPathFor, safeNextPath } from './next-path.ts';

describe('safeNextPath', () => {
  it('keeps a path on this site with its query and hash', () => {
    expect(safeNextPath('/dashboard/jobs/1?stage=interview#top')).toBe('/dashboard/jobs/1?stage=interview#top');
  });

  it.each([null, '', 'https://evil.test', '//evil.test/x', '/\\evil.test', 'javascript:alert(1)', '/login?next=/x', 'dashboard'])(
    'falls back to the dashboard for %j',
    (next) => expect(safeNextPath(next)).toBe(DEFAULT_AFTER_SIGN_IN),
  );

  it('round-trips through loginPathFor', () => {
    const here = '/dashboard/jobs/abc?q=ada lovelace&page=2';
    const next = new URL(loginPathFor(here), 'http://x').searchParams.get('next');
    expect(safeNextPath(next)).toBe('/dashboard/jobs/abc?q=ada%20lovelace&page=2');
  });
});
