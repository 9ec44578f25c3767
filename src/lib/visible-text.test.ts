import { describe, expect, it } from 'vitest';
import { hasVisibleText } from './visible-text.ts';

describe('hasVisibleText', () => {
  it.each([
    ['empty', ''],
    ['ASCII spaces, tabs and newlines', ' \t\r\n '],
    ['non-breaking spaces', '\u00a0\u00a0'],
    ['en, em and thin spaces', '\u2002\u2003\u2009'],
    ['zero-width space, joiners and word joiner', '\u200b\u200c\u200d\u2060'],
    ['ideographic space', '\u3000'],
    ['byte order mark', '\ufeff'],
    ['bidi marks and isolates', '\u200e\u200f\u202a\u2066\u2069'],
    ['Hangul fillers', '\u115f\u3164\uffa0'],
    ['blank braille pattern', '\u2800'],
    ['soft hyphen', '\u00ad'],
    ['tag characters', '\u{e0041}\u{e007f}'],
    ['control characters', '\u0007\u0085'],
  ])('is false for %s', (_, text) => expect(hasVisibleText(text)).toBe(false));

  it.each([['Ada'], ['\u00a0Ada\u200b'], ['李'], ['😀'], ['-'], ['0'], ['é'], ['\u00a0.\u00a0']])('is true for %j', (text) =>
    expect(hasVisibleText(text)).toBe(true),
  );
});
