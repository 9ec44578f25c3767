// Screening questions as recruiters edit them: choices one per line, knockout answers picked from them. The rules are
// is_valid_job_questions()'s in Postgres, said first in words.
import { z } from 'zod';
import { MAX_QUESTIONS, QUESTION_TYPES, isChoiceQuestion, type Question, type QuestionType } from '@/lib/questions';
import { hasVisibleText } from '@/lib/visible-text';

/** Choices are typed one per line; blank lines drop out. */
export const splitChoices = (text: string) =>
  text
    .split('\n')
    .map((c) => c.trim())
    .filter(hasVisibleText);

const optionalNumber = z
  .string()
  .trim()
  .refine((s) => s === '' || Number.isFinite(Number(s)), 'A number, e.g. 0 or 50');

export const questionFormSchema = z
  .object({
    id: z.string(),
    type: z.enum(QUESTION_TYPES),
    label: z
      .string()
      .trim()
      .min(1, 'Write the question')
      .max(300, 'At most 300 characters')
      .refine((s) => s === '' || hasVisibleText(s), 'Write the question: spaces or invisible characters alone are not a question'),
    help: z.string().trim().max(1000, 'At most 1,000 characters'),
    required: z.boolean(),
    choices: z.string(),
    min: optionalNumber,
    max: optionalNumber,
    /** 'yes' | 'no' | '' for a yes/no question. */
    knockoutYesNo: z.enum(['', 'yes', 'no']),
    /** Choices that knock out, for a choice question. */
    knockoutChoices: z.array(z.string()),
  })
  .superRefine((q, ctx) => {
    if (isChoiceQuestion(q.type)) {
      const choices = splitChoices(q.choices);
      if (choices.length < 2 || choices.length > 50)
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['choices'], message: 'Give between 2 and 50 choices, one per line' });
      else if (new Set(choices).size !== choices.length)
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['choices'], message: 'Each choice only once' });
      else if (choices.some((c) => c.length > 200))
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['choices'], message: 'Each choice at most 200 characters' });
    }
    if (q.type === 'number' && q.min !== '' && q.max !== '' && Number(q.min) > Number(q.max))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['max'], message: 'The largest answer cannot be below the smallest' });
  });

export type QuestionFormInput = z.input<typeof questionFormSchema>;

export const questionsFormSchema = z.array(questionFormSchema).max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} questions`);

/** A fresh id for a new question; answers are stored under it, so editing the words later keeps them readable. */
export const newQuestionId = () => `q-${crypto.randomUUID().slice(0, 8)}`;

export const emptyQuestion = (type: QuestionType = 'short_text'): QuestionFormInput => ({
  id: newQuestionId(),
  type,
  label: '',
  help: '',
  required: false,
  choices: '',
  min: '',
  max: '',
  knockoutYesNo: '',
  knockoutChoices: [],
});

export const toQuestionFormValues = (q: Question): QuestionFormInput => ({
  id: q.id,
  type: q.type,
  label: q.label,
  help: q.help,
  required: q.required,
  choices: q.choices.join('\n'),
  min: q.min === null ? '' : String(q.min),
  max: q.max === null ? '' : String(q.max),
  knockoutYesNo: q.type === 'yes_no' && q.knockout.length ? (q.knockout[0] ? 'yes' : 'no') : '',
  knockoutChoices: isChoiceQuestion(q.type) ? q.knockout.filter((k): k is string => typeof k === 'string') : [],
});

/** The exact jsonb shape Postgres accepts: fields that do not belong to the type are emptied. */
export function toQuestion(q: QuestionFormInput): Question {
  const choices = isChoiceQuestion(q.type) ? splitChoices(q.choices) : [];
  const knockout: (string | boolean)[] =
    q.type === 'yes_no'
      ? q.knockoutYesNo
        ? [q.knockoutYesNo === 'yes']
        : []
      : isChoiceQuestion(q.type)
        ? choices.filter((c) => q.knockoutChoices.includes(c))
        : [];
  const number = (s: string) => (q.type === 'number' && s.trim() !== '' ? Number(s) : null);
  return {
    id: q.id,
    type: q.type,
    label: q.label.trim(),
    help: q.help.trim(),
    required: q.required,
    choices,
    min: number(q.min),
    max: number(q.max),
    knockout,
  };
}
