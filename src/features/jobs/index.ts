// The jobs feature's public face for code outside the SPA's routes (the prerender build, benches): pure helpers only,
// so Node can import it without the browser's Supabase client.
export { employmentTypeLabel, salaryLabel, workplaceLabel } from './format.ts';
export { jobPostingJsonLd, jsonLdScriptText } from './job-posting.ts';
export { JOB_DETAIL_COLUMNS, JOB_SUMMARY_COLUMNS, type JobDetail, type PublicJobSkill } from './types.ts';
