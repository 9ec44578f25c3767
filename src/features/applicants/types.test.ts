import { describe, expect, it } from 'vitest';
import { parseScoreDetails } from './types.ts';

describe('parseScoreDetails', () => {
  const matched = { skill: 'TypeScript', weight: 3, required: true, evidence: [{ page: 1, snippet: 'TypeScript and React' }] };
  const missing = { skill: 'Go', weight: 2, required: false };

  it('keeps well-formed details as they are', () => {
    expect(parseScoreDetails({ matched: [matched], missing: [missing], capped: true })).toEqual({ matched: [matched], missing: [missing], capped: true });
  });

  it('falls back piece by piece on malformed parts of the jsonb, keeping the rest', () => {
    expect(parseScoreDetails({ matched: [{ ...matched, evidence: 'nope' }], missing: 'nope', capped: 'yes' })).toEqual({ matched: [{ ...matched, evidence: [] }], missing: [], capped: false });
    expect(parseScoreDetails({})).toEqual({ matched: [], missing: [], capped: false });
  });

  it('says null for something that is not details at all', () => {
    expect(parseScoreDetails(null)).toBeNull();
    expect(parseScoreDetails('{"matched": []}')).toBeNull();
    expect(parseScoreDetails([1, 2])).toBeNull();
  });
});
