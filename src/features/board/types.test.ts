import { describe, expect, it } from 'vitest';
import { ageLabel, cardFlags } from './types.ts';

describe('cardFlags', () => {
  it('flags a knockout until someone keeps the application, and a resume that could not be scored', () => {
    expect(cardFlags({ knocked_out: true, knockout_kept_at: null, parse_status: 'done' }).map((f) => f.label)).toEqual(['Knocked out']);
    expect(cardFlags({ knocked_out: true, knockout_kept_at: '2026-12-01T00:00:00Z', parse_status: 'done' })).toEqual([]);
    expect(cardFlags({ knocked_out: false, knockout_kept_at: null, parse_status: 'failed' }).map((f) => f.label)).toEqual(['Needs a manual look']);
  });
});

describe('ageLabel', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');
  it('says minutes, hours or days, with a sentence for screen readers', () => {
    expect(ageLabel('2026-12-03T11:59:00Z', now)).toEqual({ short: '1 min', long: 'applied 1 minute ago' });
    expect(ageLabel('2026-12-03T07:00:00Z', now)).toEqual({ short: '5 h', long: 'applied 5 hours ago' });
    expect(ageLabel('2026-11-30T12:00:00Z', now)).toEqual({ short: '3 d', long: 'applied 3 days ago' });
  });
});
