import { describe, expect, it } from 'vitest';
import type { Question } from '@/lib/questions';
import { answerProblem, answersSchema, draftAnswers, toAnswers } from './answers.ts';

const q = (over: Partial<Question> & Pick<Question, 'id' | 'type'>): Question => ({
  label: over.id,
  help: '',
  required: false,
  choices: [],
  min: null,
  max: null,
  knockout: [],
  ...over,
});
const QUESTIONS = [
  q({ id: 'sponsorship', type: 'yes_no', required: true }),
  q({ id: 'mode', type: 'single_choice', choices: ['Remote', 'Office'] }),
  q({ id: 'stack', type: 'multiple_choice', choices: ['React', 'Vue'] }),
  q({ id: 'years', type: 'number', min: 0, max: 50 }),
  q({ id: 'site', type: 'url' }),
  q({ id: 'nick', type: 'short_text' }),
];

describe('screening answers on the apply form', () => {
  it('sends the shape Postgres checks: booleans, numbers, offered choices in their order, https added, blanks left out', () => {
    expect(
      toAnswers(QUESTIONS, { sponsorship: 'no', mode: 'Remote', stack: ['Vue', 'React'], years: ' 4 ', site: 'ada.example', nick: '  ' }),
    ).toEqual({ sponsorship: false, mode: 'Remote', stack: ['React', 'Vue'], years: 4, site: 'https://ada.example' });
  });

  it('says what is wrong in the words Postgres would use, per question', () => {
    const [sponsorship, mode, , years, site, nick] = QUESTIONS;
    expect(answerProblem(sponsorship, '')).toBe('Choose an answer');
    expect(answerProblem(mode, 'Moon')).toBe('Choose from the choices offered');
    expect(answerProblem(years, 'five')).toBe('Enter a number, e.g. 3');
    expect(answerProblem(years, '51')).toBe('At most 50');
    expect(answerProblem(years, '-1')).toBe('At least 0');
    expect(answerProblem(site, 'not a site')).toMatch(/^Enter a web address/);
    expect(answerProblem(nick, 'x'.repeat(301))).toBe('At most 300 characters');
    expect(answerProblem(nick, '')).toBeNull();
  });

  it('nests each problem under its question id', () => {
    const parsed = answersSchema(QUESTIONS).safeParse({ sponsorship: '', mode: '', stack: [], years: '99', site: '', nick: '' });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'sponsorship: Choose an answer',
      'years: At most 50',
    ]);
  });

  it('a draft keeps answers only for the questions the job asks now, with the right kind of value', () => {
    expect(draftAnswers(QUESTIONS.slice(0, 3), { sponsorship: 'yes', stack: 'React', gone: 'x' })).toEqual({
      sponsorship: 'yes',
      mode: '',
      stack: [],
    });
  });
});
