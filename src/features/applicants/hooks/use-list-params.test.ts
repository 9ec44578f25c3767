import { describe, expect, it } from 'vitest';
import { listSearch, parseListParams } from './use-list-params.ts';

describe('list params in the URL', () => {
  it('defaults to the best scores first, page 1, no filters', () => {
    expect(parseListParams('j', new URLSearchParams())).toEqual({ jobId: 'j', page: 1, sort: 'score', dir: 'desc', stage: null, q: '' });
    expect(listSearch(parseListParams('j', new URLSearchParams()))).toBe('');
  });

  it('round-trips a filtered, sorted page', () => {
    const params = parseListParams('j', new URLSearchParams('sort=name&dir=desc&stage=interview&q=ada&page=3'));
    expect(params).toEqual({ jobId: 'j', page: 3, sort: 'name', dir: 'desc', stage: 'interview', q: 'ada' });
    expect(parseListParams('j', new URLSearchParams(listSearch(params)))).toEqual(params);
  });

  it('ignores nonsense', () => {
    expect(parseListParams('j', new URLSearchParams('sort=salary&dir=up&stage=fired&page=-4'))).toEqual({
      jobId: 'j',
      page: 1,
      sort: 'score',
      dir: 'desc',
      stage: null,
      q: '',
    });
  });

  it('keeps the screening filters (source, answer) when set', () => {
    const params = parseListParams('j', new URLSearchParams('source=linkedin&answer=sponsorship%3Atrue'));
    expect(params).toMatchObject({ source: 'linkedin', answer: 'sponsorship:true' });
    expect(parseListParams('j', new URLSearchParams(listSearch(params)))).toEqual(params);
  });
});
