import { describe, expect, it } from 'vitest';
import { emptyQuestion, questionFormSchema, toQuestion, toQuestionFormValues } from './questions.ts';

const issues = (input: ReturnType<typeof emptyQuestion>) => {
  const parsed = questionFormSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('screening questions in the job editor', () => {
  it('stores a choice question in the exact shape Postgres checks, knockouts limited to offered choices', () => {
    const q = { ...emptyQuestion('multiple_choice'), label: ' Stack? ', choices: 'React\n\n Vue \nPHP', knockoutChoices: ['PHP', 'Cobol'] };
    expect(issues(q)).toEqual([]);
    expect(toQuestion(q)).toEqual({
      id: q.id,
      type: 'multiple_choice',
      label: 'Stack?',
      help: '',
      required: false,
      choices: ['React', 'Vue', 'PHP'],
      min: null,
      max: null,
      knockout: ['PHP'],
    });
  });

  it('empties what does not belong to the type (a yes/no keeps no choices or bounds)', () => {
    const q = { ...emptyQuestion('yes_no'), label: 'Sponsorship?', choices: 'a\nb', min: '1', knockoutYesNo: 'yes' as const, knockoutChoices: ['a'] };
    expect(toQuestion(q)).toMatchObject({ choices: [], min: null, max: null, knockout: [true] });
  });

  it('round-trips a stored question', () => {
    const stored = toQuestion({ ...emptyQuestion('number'), label: 'Years?', min: '0', max: '50', required: true });
    expect(toQuestion(toQuestionFormValues(stored))).toEqual(stored);
  });

  it('says what is wrong in words', () => {
    expect(issues({ ...emptyQuestion('single_choice'), label: 'Mode?', choices: 'Remote' })).toEqual([
      'choices: Give between 2 and 50 choices, one per line',
    ]);
    expect(issues({ ...emptyQuestion('single_choice'), label: 'Mode?', choices: 'A\nA' })).toEqual(['choices: Each choice only once']);
    expect(issues({ ...emptyQuestion('number'), label: 'N?', min: '5', max: '1' })).toEqual(['max: The largest answer cannot be below the smallest']);
    expect(issues({ ...emptyQuestion(), label: '\u200b' })).toEqual([
      'label: Write the question: spaces or invisible characters alone are not a question',
    ]);
    expect(emptyQuestion().id).toMatch(/^[a-z0-9][a-z0-9_-]{0,39}$/);
  });
});
