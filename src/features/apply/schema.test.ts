import { describe, expect, it } from 'vitest';
import { applySchema, emptyApplyValues } from './schema.ts';

const resume = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], 'cv.pdf', { type: 'application/pdf' });
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
