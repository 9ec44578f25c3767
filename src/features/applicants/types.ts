// An application as the dashboard sees it, and the pipeline it moves through.
import * as z from 'zod/v4-mini';
import type { Stage } from '@/lib/stages';
import type { JobSkill } from '@/lib/job-terms';
import type { ScoreDetails } from '@scoring';

export type { JobSkill, ScoreDetails };

export { STAGES, STAGE_LABELS, isStage, type Stage } from '@/lib/stages';

export type ParseStatus = 'pending' | 'done' | 'failed';

export type ApplicationRow = {
  id: string;
  full_name: string;
  email: string;
  stage: Stage;
  score: number | null;
  parse_status: ParseStatus;
  parse_error: string | null;
  created_at: string;
  /** How many times this person applied to this job (this row is the latest). */
  submission_count?: number;
};

// score_details as the scoring module writes it; parsed defensively because it is jsonb.
const evidenceSchema = z.object({ page: z.number(), snippet: z.string(), source: z.optional(z.literal('ocr')), confidence: z.optional(z.number()) });
const ocrSchema = z.object({ engine: z.string(), pages: z.array(z.number()), confidence: z.number() });
export const scoreDetailsSchema = z.object({
  matched: z.catch(
    z.array(z.object({ skill: z.string(), weight: z.number(), required: z.boolean(), evidence: z.catch(z.array(evidenceSchema), []) })),
    [],
  ),
  missing: z.catch(z.array(z.object({ skill: z.string(), weight: z.number(), required: z.boolean() })), []),
  capped: z.catch(z.boolean(), false),
  ocr: z.catch(z.optional(ocrSchema), undefined),
}) satisfies z.ZodMiniType<ScoreDetails, unknown>;

export function parseScoreDetails(value: unknown): ScoreDetails | null {
  const parsed = scoreDetailsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export type ApplicationDetail = ApplicationRow & {
  job_id: string;
  phone: string | null;
  links: { linkedin?: string; portfolio?: string };
  cover_letter: string | null;
  resume_path: string;
  resume_size: number;
  reference: string;
  score_details: ScoreDetails | null;
  updated_at: string;
  job: { id: string; org_id: string; slug: string; title: string; skills: JobSkill[] };
};

export type StageEvent = { id: number; from_stage: Stage | null; to_stage: Stage; actor: string | null; at: string };
export type Note = { id: string; author: string; body: string; created_at: string; edited_at: string | null };
export type Member = { user_id: string; email: string; role: string };

/** The list's state, kept in the URL so a reload, a link or the back button restores it. */
export type SortKey = 'score' | 'date' | 'name';
export type ListParams = {
  jobId: string;
  page: number;
  sort: SortKey;
  dir: 'asc' | 'desc';
  stage: Stage | null;
  q: string;
  /** A source tag, or 'none' for applications without one. */
  source?: string | null;
  /** `<question id>:<answer as JSON>`, e.g. `sponsorship:true` (screening/answer-filter.ts). */
  answer?: string | null;
};
export const PAGE_SIZE = 50;
