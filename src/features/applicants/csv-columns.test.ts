import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, type ExportRecord } from './csv-columns.ts';

const record: ExportRecord = {
  id: 'a1',
  full_name: 'Ada Lovelace',
  email: 'ada@example.test',
  phone: '+1 (415) 555-0100',
  links: { linkedin: 'https://linkedin.com/in/ada' },
  stage: 'interview',
  score: 82,
  score_details: null,
  parse_status: 'done',
  created_at: '2026-12-01T08:30:00Z',
  notes: [{ application_id: 'a1', body: 'Strong SQL', created_at: '2026-12-02T10:00:00Z' }],
  history: [
    { application_id: 'a1', from_stage: null, to_stage: 'applied', at: '2026-12-01T08:30:00Z' },
    { application_id: 'a1', from_stage: 'applied', to_stage: 'interview', at: '2026-12-02T09:15:00Z' },
  ],
};
const cell = (header: string) => EXPORT_COLUMNS.find((c) => c.header === header)!.value(record);

describe('CSV columns', () => {
  it('say stage and scoring in words, not internal codes', () => {
    expect(cell('Stage')).toBe('Interview');
    expect(cell('Scoring')).toBe('Scored');
  });
  it('write dates in UTC and carry stage history and notes', () => {
    expect(cell('Applied at')).toBe('2026-12-01 08:30 UTC');
    expect(cell('Stage history')).toBe('2026-12-01 08:30 UTC: Applied\n2026-12-02 09:15 UTC: Applied → Interview');
    expect(cell('Notes')).toBe('2026-12-02 10:00 UTC: Strong SQL');
  });
});
