-- Why: anon read jobs.questions with each question's knockout answers, so the apply page could learn which answer
-- knocks a candidate out; candidates now read public_questions (the same questions, no knockout rules) and anon reads
-- jobs column by column, without questions or the job's knockout rejection rule.

-- The questions as candidates see them: every question kept in order, its knockout list emptied (same shape, so the
-- apply form reads it as it reads questions).
create function public.questions_without_knockouts(questions jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select coalesce(jsonb_agg(q.value || '{"knockout": []}'::jsonb order by q.n), '[]'::jsonb)
  from jsonb_array_elements(case when jsonb_typeof(questions) = 'array' then questions else '[]' end) with ordinality q(value, n)
  where jsonb_typeof(q.value) = 'object'
$$;
grant execute on function public.questions_without_knockouts(jsonb) to anon, authenticated, service_role;

alter table public.jobs
  add column public_questions jsonb not null generated always as (public.questions_without_knockouts(questions)) stored;

-- Anon reads every column but the hiring team's screening rules. A column added to jobs later is not public until a
-- migration grants it to anon here too. Members (authenticated) keep the table-wide grant: the job editor and the
-- applicant pages read questions with their knockouts.
revoke select on table public.jobs from anon;
grant select (id, org_id, slug, title, location, employment_type, description, status, skills, created_at, updated_at,
  published_at, closed_at, department, remote_policy, country_code, salary_min, salary_max, salary_currency, salary_period,
  valid_through, public_questions)
  on table public.jobs to anon;
