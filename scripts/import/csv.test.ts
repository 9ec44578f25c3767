import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv (RFC 4180)', () => {
  it('reads plain records with their line numbers, CRLF or LF', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1', '2'] },
        { line: 3, fields: ['3', '4'] },
      ],
      problems: [],
    });
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and counts the lines they span', () => {
    const { records } = parseCsv('name,note\n"Doe, Jane","said ""hi""\nthen left"\nnext,row\n');
    expect(records).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Doe, Jane', 'said "hi"\nthen left'] },
      { line: 4, fields: ['next', 'row'] },
    ]);
  });

  it('drops a UTF-8 byte order mark and skips blank lines', () => {
    expect(parseCsv('\uFEFFjob_slug\n\nx\n\n').records).toEqual([
      { line: 1, fields: ['job_slug'] },
      { line: 3, fields: ['x'] },
    ]);
  });

  it('keeps empty fields, quoted or not', () => {
    expect(parseCsv('a,,""\n,\n').records).toEqual([
      { line: 1, fields: ['a', '', ''] },
      { line: 2, fields: ['', ''] },
    ]);
  });

  it('reports a malformed record with its line and reads on from the next line', () => {
    const { records, problems } = parseCsv('h1,h2\n"ok",1\n"bad"x,2\nplain"quote,3\nfine,4\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(problems).toEqual([
      { line: 3, reason: expect.stringContaining('after a closing quote') },
      { line: 4, reason: expect.stringContaining('quote inside an unquoted field') },
    ]);
  });

  it('reports a quote that is never closed', () => {
    const { records, problems } = parseCsv('h\nok\n"never closed\nmore\n');
    expect(records.map((r) => r.line)).toEqual([1, 2]);
    expect(problems).toEqual([{ line: 3, reason: expect.stringContaining('never closed') }]);
  });
});
