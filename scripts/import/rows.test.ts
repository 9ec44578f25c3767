import { describe, expect, it } from 'vitest';
import { parseAppliedAt, readHeader, toRow } from './rows.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const header = readHeader({ line: 1, fields: ['job_slug', 'full_name', 'email', 'phone', 'applied_at', 'stage', 'resume'] });
if ('error' in header) throw new Error(header.error);
const row = (fields: Partial<Record<string, string>>, line = 2) => {
  const f = {
    job_slug: 'backend-developer',
    full_name: 'Jane Doe',
    email: 'jane@example.com',
    phone: '+1 555 0100',
    applied_at: '2023-04-01',
    stage: 'screening',
    resume: 'resumes/2023/jane.pdf',
    ...fields,
  };
  return toRow(
    { line, fields: [f.job_slug!, f.full_name!, f.email!, f.phone!, f.applied_at!, f.stage!, f.resume!] },
    header.header,
    header.width,
    NOW,
  );
};

describe('readHeader', () => {
  it('finds the columns in any order and case, and names the missing ones', () => {
    const h = readHeader({ line: 1, fields: ['Resume', 'STAGE', 'applied_at', 'phone', 'email', 'full_name', 'job_slug', 'extra'] });
    expect('header' in h && h.header.resume).toBe(0);
    expect(readHeader({ line: 1, fields: ['job_slug', 'email'] })).toEqual({
      error: expect.stringContaining('full_name, phone, applied_at, stage, resume'),
    });
  });
});

describe('toRow', () => {
  it('accepts a good row, trimming fields and lower-casing the stage', () => {
    const r = row({ full_name: '  Jane Doe ', stage: 'Interview', phone: '' });
    expect(r).toEqual({
      ok: true,
      row: expect.objectContaining({ line: 2, fullName: 'Jane Doe', stage: 'interview', phone: null, appliedAt: new Date('2023-04-01T00:00:00Z') }),
    });
  });

  it('treats an empty stage as applied', () => {
    expect(row({ stage: '' })).toMatchObject({ ok: true, row: { stage: 'applied' } });
  });

  it.each([
    [{ stage: 'phone-screen' }, /stage "phone-screen" is not one of applied, screening/],
    [{ email: 'jane.example.com' }, /email "jane.example.com" is not an email address/],
    [{ email: 'jane@localhost' }, /not an email address/],
    [{ applied_at: '01/04/2023' }, /not an ISO date/],
    [{ applied_at: '2023-02-30' }, /not a real date/],
    [{ applied_at: '2030-01-01' }, /in the future/],
    [{ job_slug: 'Backend Developer' }, /unknown job "Backend Developer"/],
    [{ job_slug: '' }, /job_slug is empty/],
    [{ full_name: ' ' }, /full_name is empty/],
    [{ full_name: '\u00a0\u3000' }, /full_name is empty/],
    [{ full_name: '\u200b\u2060' }, /full_name has only invisible characters/],
    [{ resume: '' }, /resume is empty/],
    [{ phone: '1'.repeat(41) }, /phone is longer than 40/],
  ])('refuses %o', (fields, reason) => {
    const r = row(fields, 7);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.line).toBe(7);
      expect(r.reason).toMatch(reason);
    }
  });

  it('refuses a record with a different number of fields than the header', () => {
    expect(toRow({ line: 4, fields: ['a', 'b'] }, header.header, header.width, NOW)).toEqual({
      ok: false,
      line: 4,
      reason: 'expected 7 fields like the header, found 2',
    });
  });
});

describe('parseAppliedAt', () => {
  it.each([
    ['2023-04-01', '2023-04-01T00:00:00.000Z'],
    ['2023-04-01T10:22:33Z', '2023-04-01T10:22:33.000Z'],
    ['2023-04-01 10:22:33+00:00', '2023-04-01T10:22:33.000Z'],
    ['2023-04-01T10:22:33.123456+02:00', '2023-04-01T08:22:33.123Z'],
    ['2023-04-01T10:22+0530', '2023-04-01T04:52:00.000Z'],
    ['2023-04-01T10:22:33', '2023-04-01T10:22:33.000Z'],
  ])('reads %s', (text, iso) => {
    expect((parseAppliedAt(text, NOW) as Date).toISOString()).toBe(iso);
  });
});
