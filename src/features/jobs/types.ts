// Jobs as the public board shows them: open jobs of every organization, read with the anon key.
import type { Tables } from '@/lib/database.types';
import type { EmploymentType, JobSkill, JobStatus, RemotePolicy, SalaryPeriod } from '@/lib/job-terms';
import type { Question } from '@/lib/questions';

type JobRow = Tables<'jobs'>;

export type JobOrganization = { name: string; slug: string };

export type JobSummary = Pick<JobRow, 'id' | 'slug' | 'title' | 'location' | 'created_at' | 'department' | 'country_code'> & {
  employment_type: EmploymentType;
  remote_policy: RemotePolicy;
  organizations: JobOrganization | null;
};

/** What a candidate sees of a skill: its name and whether the job requires it (weights and aliases are for scoring). */
export type PublicJobSkill = Pick<JobSkill, 'name' | 'required'>;

/** The salary and dates Google's JobPosting data carries, as the database holds them. */
export type JobPostingFacts = Pick<JobRow, 'published_at' | 'valid_through' | 'salary_min' | 'salary_max' | 'salary_currency'> & {
  salary_period: SalaryPeriod | null;
};

export type JobDetail = JobSummary &
  JobPostingFacts & {
    description: string;
    status: JobStatus;
    skills: PublicJobSkill[];
    /** The screening questions the apply form asks, without their knockout answers. */
    questions: Question[];
    /** Whose privacy notice the apply form shows (read by the job and apply pages, not the static pages). */
    org_id?: string;
  };

/** The columns the board and a job page read; the build's static pages read the same (scripts/prerender). */
export const JOB_SUMMARY_COLUMNS =
  'id, slug, title, location, employment_type, remote_policy, department, country_code, created_at, organizations(name, slug)';
export const JOB_DETAIL_COLUMNS = `${JOB_SUMMARY_COLUMNS}, description, status, skills, published_at, valid_through, salary_min, salary_max, salary_currency, salary_period`;
