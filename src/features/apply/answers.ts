// The job's screening questions on the apply form: what each field holds while typed, the zod rules (Postgres'
// application_answers_problem in the same words) and the answers object the row stores.
import * as z from 'zod/v4-mini';
import { ANSWER_MAX_LENGTH, type Answers, type Question } from '@/lib/questions';
import { hasVisibleText } from '@/lib/visible-text';
import { withHttps } from './links.ts';

/** Text, URL and number answers as typed; yes/no as 'yes' | 'no' | ''; one choice as its text; several as a list. */
export type AnswerInput = string | string[];
export type AnswerInputs = Record<string, AnswerInput>;

const WEB_ADDRESS = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

const isBlank = (v: AnswerInput | undefined) => (Array.isArray(v) ? v.length === 0 : !v || !hasVisibleText(v));

export const emptyAnswer = (q: Question): AnswerInput => (q.type === 'multiple_choice' ? [] : '');

/** What is wrong with one typed answer, or null. */
export function answerProblem(q: Question, value: AnswerInput | undefined): string | null {
  if (isBlank(value))
    return q.required
      ? q.type === 'multiple_choice' || q.type === 'single_choice' || q.type === 'yes_no'
        ? 'Choose an answer'
        : 'Answer this question'
      : null;
  if (Array.isArray(value)) {
    return value.every((v) => q.choices.includes(v)) ? null : 'Choose from the choices offered';
  }
  const text = value!.trim();
  const max = ANSWER_MAX_LENGTH[q.type];
  if (max && text.length > max) return `At most ${max.toLocaleString('en')} characters`;
  switch (q.type) {
    case 'url':
      return WEB_ADDRESS.test(withHttps(text)) ? null : 'Enter a web address starting with https://, e.g. https://example.com';
    case 'number': {
      const n = Number(text.replace(',', '.'));
      if (!/^-?\d+([.,]\d+)?$/.test(text) || !Number.isFinite(n)) return 'Enter a number, e.g. 3';
      if (q.min !== null && n < q.min) return `At least ${q.min}`;
      if (q.max !== null && n > q.max) return `At most ${q.max}`;
      return null;
    }
    case 'yes_no':
      return text === 'yes' || text === 'no' ? null : 'Choose yes or no';
    case 'single_choice':
      return q.choices.includes(text) ? null : 'Choose from the choices offered';
    default:
      return null;
  }
}

/** One zod field per question, so errors nest as errors.answers[<question id>]. */
export function answersSchema(questions: Question[]) {
  return z.object(
    Object.fromEntries(
      questions.map((q) => [
        q.id,
        z.custom<AnswerInput>().check(
          z.check<AnswerInput>((payload) => {
            const problem = answerProblem(q, payload.value);
            if (problem) payload.issues.push({ code: 'custom', message: problem, input: payload.value });
          }),
        ),
      ]),
    ),
  );
}

/** The answers object Postgres checks: blank answers left out, yes/no as booleans, numbers as numbers. */
export function toAnswers(questions: Question[], inputs: AnswerInputs): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    const value = inputs[q.id];
    if (isBlank(value)) continue;
    if (Array.isArray(value)) answers[q.id] = q.choices.filter((c) => value.includes(c));
    else if (q.type === 'yes_no') answers[q.id] = value === 'yes';
    else if (q.type === 'number') answers[q.id] = Number(value.trim().replace(',', '.'));
    else if (q.type === 'url') answers[q.id] = withHttps(value);
    else answers[q.id] = value.trim();
  }
  return answers;
}

/** Typed answers a draft kept, for the questions the job asks now (a changed job drops the rest). */
export function draftAnswers(questions: Question[], kept: unknown): AnswerInputs {
  const stored = typeof kept === 'object' && kept !== null ? (kept as Record<string, unknown>) : {};
  return Object.fromEntries(
    questions.map((q) => {
      const v = stored[q.id];
      const ok = q.type === 'multiple_choice' ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === 'string';
      return [q.id, ok ? (v as AnswerInput) : emptyAnswer(q)];
    }),
  );
}
