import { describe, expect, it } from 'vitest';
import { EMPTY_POSTING } from './posting.ts';
import { jobFormSchema, splitAliases, type JobFormInput } from './types.ts';

const job: JobFormInput = {
  title: 'Backend developer',
  slug: 'backend-developer',
  location: '',
  employment_type: 'full_time',
  description: '',
  posting: EMPTY_POSTING,
  skills: [{ name: 'Go', weight: 3, required: true, aliases: 'golang' }],
  questions: [],
  knockoutRejectAfterDays: '',
};
const messagesAt = (input: JobFormInput, path: string) => {
  const parsed = jobFormSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.filter((i) => i.path.join('.') === path).map((i) => i.message);
};

describe('jobFormSchema', () => {
  it('accepts a job', () => expect(jobFormSchema.safeParse(job).success).toBe(true));

  it('refuses a title of spaces or invisible characters', () => {
    expect(messagesAt({ ...job, title: '\u00a0\u3000' }, 'title')).toEqual(['Give the job a title']);
    expect(messagesAt({ ...job, title: '\u200b\ufeff' }, 'title')).toEqual([
      'Give the job a title: spaces or invisible characters alone are not a title',
    ]);
  });

  it('refuses a skill name of invisible characters', () => {
    const skills = [{ name: '\u200b', weight: 1, required: false, aliases: '' }];
    expect(messagesAt({ ...job, skills }, 'skills.0.name')).toEqual(['Name the skill: spaces or invisible characters alone are not a name']);
  });
});

describe('splitAliases', () => {
  it('drops blank aliases, invisible ones included', () => expect(splitAliases('golang, \u200b, ,\u00a0, go-lang')).toEqual(['golang', 'go-lang']));
});
