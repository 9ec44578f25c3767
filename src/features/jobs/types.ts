// Jobs as the public board shows them: open jobs of every organization, read with the anon key.
import type { Tables } from '@/lib/database.types';

type JobRow = Tables<'jobs'>;

export type EmploymentType = 'full_time' | 'part_time' | 'contract' | 'internship' | 'temporary';
export type JobStatus = 'draft' | 'open' | 'closed';

export type JobOrganization = { name: string; slug: string };

export type JobSummary = Pick<JobRow, 'id' | 'slug' | 'title' | 'location' | 'created_at'> & {
  employment_type: EmploymentType;
  organizations: JobOrganization | null;
};

/** What a candidate sees of a skill: its name and whether the job requires it (weights and aliases are for scoring). */
export type JobSkill = { name: string; required: boolean };

export type JobDetail = JobSummary & {
  description: string;
  status: JobStatus;
  skills: JobSkill[];
};
