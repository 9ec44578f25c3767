import { describe, expect, it } from 'vitest';
import { applySchema, emptyApplyValues, withHttps } from './schema.ts';

const resume = { name: 'cv.pdf', size: 5, fingerprint: 'cv.pdf\u00005\u00001' };
const valid = { ...emptyApplyValues, fullName: 'Ada Lovelace', email: 'ada@example.com', resume };
const fullNameErrors = (fullName: string) => {
  const parsed = applySchema.safeParse({ ...valid, fullName });
  return parsed.success ? [] : parsed.error.issues.filter((i) => i.path[0] === 'fullName').map((i) => i.message);
};

describe('applySchema fullName', () => {
  it('accepts a name and trims the spaces around it', () => {
    const parsed = applySchema.safeParse({ ...valid, fullName: '\u00a0 Ada Lovelace\u3000' });
    expect(parsed.success && parsed.data.fullName).toBe('Ada Lovelace');
  });

  it('asks for a name when it is empty or only spaces that trim() removes', () => {
    for (const fullName of ['', '   ', '\u00a0\u00a0', '\u2003\u3000\ufeff']) expect(fullNameErrors(fullName)).toEqual(['Enter your full name']);
  });

  it('refuses a name of invisible characters trim() leaves in, with its own message', () => {
    for (const fullName of ['\u200b', '\u00a0\u200b\u00a0', '\u200d\u2060\u3164', '\u2800']) {
      expect(fullNameErrors(fullName)).toEqual(['Enter your full name: spaces or invisible characters alone are not a name']);
    }
  });
});

describe('applySchema links', () => {
  const linkedin = (value: string) => {
    const parsed = applySchema.safeParse({ ...valid, linkedin: value });
    return parsed.success ? parsed.data.linkedin : parsed.error.issues.map((i) => i.message);
  };

  it('puts https:// in front of an address typed without a scheme', () => {
    expect(linkedin('linkedin.com/in/ava')).toBe('https://linkedin.com/in/ava');
    expect(linkedin('  www.linkedin.com/in/ava ')).toBe('https://www.linkedin.com/in/ava');
    expect(withHttps('//ava.dev')).toBe('https://ava.dev');
  });

  it('keeps an address that has its scheme, and refuses what is still not a web address', () => {
    expect(linkedin('http://ava.dev')).toBe('http://ava.dev');
    expect(linkedin('')).toBe('');
    expect(linkedin('ftp://ava.dev')).toEqual([expect.stringMatching(/starting with https:\/\//)]);
    expect(linkedin('ava')).toEqual([expect.stringMatching(/starting with https:\/\//)]);
  });
});
