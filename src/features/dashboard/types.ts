// The dashboard's view of organizations and their jobs' pipelines.
import type { JobStatus } from '@/lib/job-terms';
import type { Stage as PipelineStage } from '@/lib/stages';

export type Role = 'owner' | 'recruiter' | 'viewer';
export type Membership = { org_id: string; org_name: string; org_slug: string; role: Role };

export const canEdit = (role: Role | undefined) => role === 'owner' || role === 'recruiter';

export { STAGES as PIPELINE_STAGES, STAGE_LABELS as PIPELINE_LABELS, type Stage as PipelineStage } from '@/lib/stages';

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
