// The dashboard's view of organizations and their jobs' pipelines.
export type Role = 'owner' | 'recruiter' | 'viewer';
export type Membership = { org_id: string; org_name: string; org_slug: string; role: Role };

export const canEdit = (role: Role | undefined) => role === 'owner' || role === 'recruiter';

export const PIPELINE_STAGES = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];
export const PIPELINE_LABELS: Record<PipelineStage, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interview: 'Interview',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
};

export type JobStatus = 'draft' | 'open' | 'closed';

export type JobOverview = {
  id: string;
  slug: string;
  title: string;
  location: string;
  employment_type: string;
  status: JobStatus;
  created_at: string;
  published_at: string | null;
  total: number;
  stages: Record<PipelineStage, number>;
  newSinceLastVisit: number;
  lastVisitedAt: string | null;
};
