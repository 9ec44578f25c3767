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
  answers: { mode: 'Remote', sponsorship: true, gone: 3 },
  knockout: { question_id: 'sponsorship', question: 'Needs a visa?', answer: true },
  knockout_kept_at: null,
  source: 'linkedin',
  questions: [
    { id: 'sponsorship', type: 'yes_no', label: 'Needs a visa?', help: '', required: true, choices: [], min: null, max: null, knockout: [true] },
    {
      id: 'mode',
      type: 'single_choice',
      label: 'Mode?',
      help: '',
      required: false,
      choices: ['Remote', 'Office'],
      min: null,
      max: null,
      knockout: [],
    },
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
  it('carry the screening answers in the order the job asks them, the knockout rule and the source', () => {
    expect(cell('Screening answers')).toBe('Needs a visa?: Yes\nMode?: Remote\ngone: 3');
    expect(cell('Knocked out')).toBe('Needs a visa?: Yes');
    expect(cell('Source')).toBe('linkedin');
  });
});
