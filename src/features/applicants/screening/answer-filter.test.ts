import { describe, expect, it } from 'vitest';
import { answerFilter, filterOptions } from './answer-filter.ts';

const base = { label: 'Q', help: '', required: false, min: null, max: null, knockout: [] };

describe('the answer filter', () => {
  it('reads question id and JSON answer from the URL, ignoring anything malformed', () => {
    expect(answerFilter('sponsorship:true')).toEqual({ sponsorship: true });
    expect(answerFilter('stack:["PHP"]')).toEqual({ stack: ['PHP'] });
    expect(answerFilter('mode:"Remote: full"')).toEqual({ mode: 'Remote: full' });
    expect(answerFilter('mode:Remote')).toBeNull();
    expect(answerFilter(':true')).toBeNull();
    expect(answerFilter(null)).toBeNull();
  });
  it('offers yes/no and choices, a multiple choice one as a list to match inside the answer', () => {
    expect(filterOptions({ ...base, id: 's', type: 'yes_no', choices: [] }).map((o) => o.param)).toEqual(['s:true', 's:false']);
    expect(filterOptions({ ...base, id: 'm', type: 'multiple_choice', choices: ['A', 'B'] }).map((o) => o.param)).toEqual(['m:["A"]', 'm:["B"]']);
    expect(filterOptions({ ...base, id: 't', type: 'short_text', choices: [] })).toEqual([]);
  });
});
