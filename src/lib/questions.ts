// A job's screening questions as the database stores them (jobs.questions, checked by is_valid_job_questions) and
// their answers (applications.answers, checked by application_answers_problem); shared by the job editor, the apply
// form and the applicant page so one name means one thing.

export const QUESTION_TYPES = ['short_text', 'long_text', 'yes_no', 'single_choice', 'multiple_choice', 'number', 'url'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  short_text: 'Short text',
  long_text: 'Long text',
  yes_no: 'Yes / no',
  single_choice: 'Single choice',
  multiple_choice: 'Multiple choice',
  number: 'Number',
  url: 'Web address',
};

export type Question = {
  id: string;
  type: QuestionType;
  label: string;
  help: string;
  required: boolean;
  choices: string[];
  min: number | null;
  max: number | null;
  /** Answers that flag an application for a person: [true]/[false] for yes/no, offered choices for choice questions. */
  knockout: (string | boolean)[];
};

export type Answer = string | boolean | number | string[];
export type Answers = Record<string, Answer>;

/** The knockout rule that fired, as the screening trigger stores it: the question's words at the time. */
export type KnockoutRule = { question_id: string; question: string; answer: Answer };

/** The longest answer in characters, as question_answer_max_length() in Postgres. */
export const ANSWER_MAX_LENGTH: Partial<Record<QuestionType, number>> = { short_text: 300, long_text: 5000, url: 2048 };

export const MAX_QUESTIONS = 30;

export const isChoiceQuestion = (type: QuestionType) => type === 'single_choice' || type === 'multiple_choice';

/** An answer in words, for the applicant page, the CSV and the knockout rule. */
export function formatAnswer(answer: unknown): string {
  if (answer === true) return 'Yes';
  if (answer === false) return 'No';
  if (Array.isArray(answer)) return answer.map(String).join(', ');
  if (answer === null || answer === undefined) return '';
  return String(answer);
}

/** Questions read from a jobs row (jsonb), keeping only well-formed ones so a bad row never breaks a page. */
export function readQuestions(value: unknown): Question[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (q): q is Question =>
      typeof q === 'object' &&
      q !== null &&
      typeof (q as Question).id === 'string' &&
      typeof (q as Question).label === 'string' &&
      (QUESTION_TYPES as readonly string[]).includes((q as Question).type) &&
      Array.isArray((q as Question).choices),
  );
}
