// The CSV export's columns, one entry each: a header and how a row's value reads to a person (stage and scoring in
// words, dates in UTC, notes and stage history in one cell each). Add a column by adding an entry.
import { formatAnswer, type KnockoutRule, type Question } from '@/lib/questions';
import { parseScoreDetails, STAGE_LABELS, type ParseStatus, type Stage } from './types.ts';

export type ExportNote = { application_id: string; body: string; created_at: string };
export type ExportStageEvent = { application_id: string; from_stage: string | null; to_stage: string; at: string };

export type ExportRecord = {
  id: string;
  full_name: string;
  email: string;
  phone: string | null;
  links: { linkedin?: string; portfolio?: string } | null;
  stage: Stage;
  score: number | null;
  score_details: unknown;
  parse_status: ParseStatus;
  created_at: string;
  notes: ExportNote[];
  history: ExportStageEvent[];
  answers: Record<string, unknown> | null;
  knockout: KnockoutRule | null;
  knockout_kept_at: string | null;
  source: string | null;
  /** The job's questions, for the answers' labels and order. */
  questions: Question[];
};

/** One "Question: answer" line per answered question, in the job's order; answers to removed questions by id. */
const answersText = (r: ExportRecord) => {
  const answers = r.answers ?? {};
  const asked = r.questions.filter((q) => q.id in answers).map((q) => `${q.label}: ${formatAnswer(answers[q.id])}`);
  const removed = Object.keys(answers)
    .filter((id) => !r.questions.some((q) => q.id === id))
    .map((id) => `${id}: ${formatAnswer(answers[id])}`);
  return [...asked, ...removed].join('\n');
};

export type ExportColumn = { header: string; value: (row: ExportRecord) => string | number | null | undefined };

const SCORING: Record<ParseStatus, string> = { pending: 'Scoring', done: 'Scored', failed: 'Could not read the resume' };

/** "2026-12-03 09:14 UTC": sorts as text and means the same in every time zone. */
export const utc = (iso: string) => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const stage = (s: string | null) => (s ? (STAGE_LABELS[s as Stage] ?? s) : '');

export const EXPORT_COLUMNS: ExportColumn[] = [
  { header: 'Name', value: (r) => r.full_name },
  { header: 'Email', value: (r) => r.email },
  { header: 'Phone', value: (r) => r.phone },
  { header: 'Stage', value: (r) => stage(r.stage) },
  { header: 'Score', value: (r) => r.score },
  { header: 'Scoring', value: (r) => SCORING[r.parse_status] ?? r.parse_status },
  { header: 'Applied at', value: (r) => utc(r.created_at) },
  { header: 'LinkedIn', value: (r) => r.links?.linkedin },
  { header: 'Portfolio', value: (r) => r.links?.portfolio },
  {
    header: 'Matched skills',
    value: (r) =>
      parseScoreDetails(r.score_details)
        ?.matched.map((m) => m.skill)
        .join('; '),
  },
  {
    header: 'Missing required skills',
    value: (r) =>
      parseScoreDetails(r.score_details)
        ?.missing.filter((m) => m.required)
        .map((m) => m.skill)
        .join('; '),
  },
  {
    header: 'Stage history',
    value: (r) => r.history.map((e) => `${utc(e.at)}: ${e.from_stage ? `${stage(e.from_stage)} → ` : ''}${stage(e.to_stage)}`).join('\n'),
  },
  { header: 'Screening answers', value: answersText },
  {
    header: 'Knocked out',
    value: (r) => (r.knockout ? `${r.knockout.question}: ${formatAnswer(r.knockout.answer)}${r.knockout_kept_at ? ' (kept)' : ''}` : ''),
  },
  { header: 'Source', value: (r) => r.source },
  { header: 'Notes', value: (r) => r.notes.map((n) => `${utc(n.created_at)}: ${n.body}`).join('\n\n') },
  { header: 'Application ID', value: (r) => r.id },
];
