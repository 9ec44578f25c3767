// What the status RPCs answer, and how each candidate-facing stage reads. The database maps the recruiters' stage to
// these five itself, so the internal stage (and anything else internal) never reaches the browser.
export const CANDIDATE_STAGES = ['received', 'in_review', 'interviewing', 'offer', 'closed'] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

export type CandidateApplication = {
  id: string;
  jobTitle: string;
  organizationName: string;
  appliedAt: string;
  /** When the stage last changed or the application was withdrawn; null before anything happened. */
  updatedAt: string | null;
  withdrawnAt: string | null;
  stage: CandidateStage;
};

export type StatusAnswer =
  { status: 'found'; application: CandidateApplication } | { status: 'not_found' } | { status: 'rate_limited'; retryAfter: number };

export const STAGE_LABELS: Record<CandidateStage, string> = {
  received: 'Received',
  in_review: 'In review',
  interviewing: 'Interviewing',
  offer: 'Offer',
  closed: 'Closed',
};

export const STAGE_DESCRIPTIONS: Record<CandidateStage, string> = {
  received: 'Your application has arrived and is waiting for the hiring team.',
  in_review: 'The hiring team is reviewing your application.',
  interviewing: 'You are in the interview stage. The hiring team will contact you about next steps.',
  offer: 'The hiring team is making you an offer. Watch your inbox.',
  closed: 'This application is closed. Thank you for your interest.',
};

const isStage = (v: unknown): v is CandidateStage => typeof v === 'string' && (CANDIDATE_STAGES as readonly string[]).includes(v);
const isText = (v: unknown): v is string => typeof v === 'string';

/** The RPC's JSON, checked; anything unexpected reads as "not found" rather than a half-drawn page. */
export function parseStatusAnswer(data: unknown): StatusAnswer {
  const answer = (typeof data === 'object' && data ? data : {}) as Record<string, unknown>;
  if (answer.status === 'rate_limited') {
    const seconds = Number(answer.retryAfter);
    return { status: 'rate_limited', retryAfter: Number.isFinite(seconds) && seconds > 0 ? seconds : 900 };
  }
  const app = (answer.status === 'found' && typeof answer.application === 'object' && answer.application ? answer.application : null) as Record<
    string,
    unknown
  > | null;
  if (!app || !isText(app.id) || !isText(app.jobTitle) || !isText(app.organizationName) || !isText(app.appliedAt) || !isStage(app.stage)) {
    return { status: 'not_found' };
  }
  return {
    status: 'found',
    application: {
      id: app.id,
      jobTitle: app.jobTitle,
      organizationName: app.organizationName,
      appliedAt: app.appliedAt,
      updatedAt: isText(app.updatedAt) ? app.updatedAt : null,
      withdrawnAt: isText(app.withdrawnAt) ? app.withdrawnAt : null,
      stage: app.stage,
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY = /^[A-Za-z0-9_-]{43}$/;

/** A link that cannot be right is "not found" without asking the server (and without costing a guess). */
export const isWellFormedLink = (applicationId: string, key: string) => UUID.test(applicationId) && KEY.test(key);
