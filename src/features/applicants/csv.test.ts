import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('csvCell', () => {
  it('leaves plain text alone and writes null as empty', () => {
    expect(csvCell('Ada Lovelace')).toBe('Ada Lovelace');
    expect(csvCell(87)).toBe('87');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Lovelace, Ada')).toBe('"Lovelace, Ada"');
    expect(csvCell('She said "hi"')).toBe('"She said ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it.each([
    '=HYPERLINK("http://evil.test","x")',
    '+SUM(A1)',
    '-2+A3',
    "+cmd|' /C calc'!A0",
    '-1+1|cmd',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '=1+2',
    '+1 (415) 555-0100 x',
  ])('neutralises a formula start: %j', (cell) => {
    const out = csvCell(cell);
    expect(out.replace(/^"/, '')).toMatch(/^'/);
  });

  it('leaves phone numbers and plain numbers as they are: arithmetic alone runs no function', () => {
    expect(csvCell('+1 (415) 555-0100')).toBe('+1 (415) 555-0100');
    expect(csvCell('+49 30 1234567')).toBe('+49 30 1234567');
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+44.20/7946.0958')).toBe('+44.20/7946.0958');
  });

  it('guards and quotes at once', () => {
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header and CRLF-terminated rows', () => {
    expect(
      toCsv(
        ['name', 'score'],
        [
          ['Ada', 91],
          ['Grace, H.', null],
        ],
      ),
    ).toBe('\uFEFFname,score\r\nAda,91\r\n"Grace, H.",\r\n');
  });
});
