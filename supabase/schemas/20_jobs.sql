-- Jobs with their skills, knockout questions and posting details; open jobs are public.

-- A skill list is [{ name, weight 1–5, required, aliases[] }] with exactly those keys, so the scorer can trust it.
create or replace function public.is_valid_skill_list(skills jsonb)
  returns boolean
  language plpgsql
  immutable
  set search_path to ''
as $function$
declare
  skill jsonb;
  alias jsonb;
begin
  if skills is null or jsonb_typeof(skills) <> 'array' or jsonb_array_length(skills) > 50 then
    return false;
  end if;
  for skill in select value from jsonb_array_elements(skills) loop
    if jsonb_typeof(skill) <> 'object'
      or not skill ?& array['name', 'weight', 'required', 'aliases']
      or (select count(*) from jsonb_object_keys(skill)) <> 4
      or jsonb_typeof(skill -> 'name') <> 'string'
      or char_length(btrim(skill ->> 'name')) not between 1 and 100
      or jsonb_typeof(skill -> 'weight') <> 'number'
      or (skill ->> 'weight') not in ('1', '2', '3', '4', '5')
      or jsonb_typeof(skill -> 'required') <> 'boolean'
      or jsonb_typeof(skill -> 'aliases') <> 'array'
      or jsonb_array_length(skill -> 'aliases') > 20
    then
      return false;
    end if;
    for alias in select value from jsonb_array_elements(skill -> 'aliases') loop
      if jsonb_typeof(alias) <> 'string' or char_length(btrim(alias #>> '{}')) not between 1 and 100 then
        return false;
      end if;
    end loop;
  end loop;
  return true;
end
$function$;
revoke all on function public.is_valid_skill_list(skills jsonb) from public, anon, authenticated, service_role;
grant execute on function public.is_valid_skill_list(skills jsonb) to public, anon, authenticated, service_role;

-- Every skill name and alias in a skill list is visible. Any other shape passes here: is_valid_skill_list refuses it.
create or replace function public.skill_texts_are_visible(skills jsonb)
  returns boolean
  language sql
  immutable parallel safe
  set search_path to ''
as $function$
  select jsonb_typeof(skills) is distinct from 'array' or not exists (
    select 1
    from jsonb_array_elements(skills) s
    where jsonb_typeof(s.value) = 'object'
      and (not public.has_visible_text(s.value ->> 'name')
           or (jsonb_typeof(s.value -> 'aliases') = 'array'
               and exists (select 1 from jsonb_array_elements(s.value -> 'aliases') a where not public.has_visible_text(a.value #>> '{}'))))
  )
$function$;
revoke all on function public.skill_texts_are_visible(skills jsonb) from public, anon, authenticated, service_role;
grant execute on function public.skill_texts_are_visible(skills jsonb) to public, anon, authenticated, service_role;

-- A question list is [{ id, type, label, help, required, choices, min, max, knockout }] with exactly those keys, in the
-- order candidates see them. knockout names the answers that flag an application: [true] or [false] for a yes/no
-- question, offered choices for a choice question, nothing for the others.
create or replace function public.is_valid_job_questions(questions jsonb)
  returns boolean
  language plpgsql
  immutable
  set search_path to ''
as $function$
declare
  q jsonb;
  t text;
  ids text[] := '{}';
  item jsonb;
begin
  if questions is null or jsonb_typeof(questions) <> 'array' or jsonb_array_length(questions) > 30 then
    return false;
  end if;
  for q in select value from jsonb_array_elements(questions) loop
    if jsonb_typeof(q) <> 'object'
      or not q ?& array['id', 'type', 'label', 'help', 'required', 'choices', 'min', 'max', 'knockout']
      or (select count(*) from jsonb_object_keys(q)) <> 9
      or jsonb_typeof(q -> 'id') <> 'string' or (q ->> 'id') !~ '^[a-z0-9][a-z0-9_-]{0,39}$' or (q ->> 'id') = any (ids)
      or jsonb_typeof(q -> 'type') <> 'string'
      or (q ->> 'type') not in ('short_text', 'long_text', 'yes_no', 'single_choice', 'multiple_choice', 'number', 'url')
      or jsonb_typeof(q -> 'label') <> 'string' or char_length(q ->> 'label') > 300 or not public.has_visible_text(q ->> 'label')
      or jsonb_typeof(q -> 'help') <> 'string' or char_length(q ->> 'help') > 1000
      or jsonb_typeof(q -> 'required') <> 'boolean'
      or jsonb_typeof(q -> 'choices') <> 'array'
      or jsonb_typeof(q -> 'knockout') <> 'array'
    then
      return false;
    end if;
    ids := ids || (q ->> 'id');
    t := q ->> 'type';
    if t in ('single_choice', 'multiple_choice') then
      if jsonb_array_length(q -> 'choices') not between 2 and 50 then return false; end if;
      for item in select value from jsonb_array_elements(q -> 'choices') loop
        if jsonb_typeof(item) <> 'string' or char_length(item #>> '{}') > 200 or not public.has_visible_text(item #>> '{}') then
          return false;
        end if;
      end loop;
      if (select count(distinct value) from jsonb_array_elements(q -> 'choices')) <> jsonb_array_length(q -> 'choices')
        or exists (select 1 from jsonb_array_elements(q -> 'knockout') k where not (q -> 'choices') @> jsonb_build_array(k.value))
        or (select count(distinct value) from jsonb_array_elements(q -> 'knockout')) <> jsonb_array_length(q -> 'knockout')
      then
        return false;
      end if;
    elsif jsonb_array_length(q -> 'choices') <> 0 then
      return false;
    end if;
    if t = 'yes_no' then
      if jsonb_array_length(q -> 'knockout') > 1
        or exists (select 1 from jsonb_array_elements(q -> 'knockout') k where jsonb_typeof(k.value) <> 'boolean') then
        return false;
      end if;
    elsif t not in ('single_choice', 'multiple_choice') and jsonb_array_length(q -> 'knockout') <> 0 then
      return false;
    end if;
    if t = 'number' then
      if jsonb_typeof(q -> 'min') not in ('null', 'number') or jsonb_typeof(q -> 'max') not in ('null', 'number')
        or (jsonb_typeof(q -> 'min') = 'number' and jsonb_typeof(q -> 'max') = 'number' and (q ->> 'min')::numeric > (q ->> 'max')::numeric) then
        return false;
      end if;
    elsif jsonb_typeof(q -> 'min') <> 'null' or jsonb_typeof(q -> 'max') <> 'null' then
      return false;
    end if;
  end loop;
  return true;
end
$function$;
revoke all on function public.is_valid_job_questions(questions jsonb) from public, anon, authenticated, service_role;
grant execute on function public.is_valid_job_questions(questions jsonb) to public, anon, authenticated, service_role;

-- The questions as candidates see them: every question kept in order, its knockout list emptied (same shape, so the
-- apply form reads it as it reads questions).
create or replace function public.questions_without_knockouts(questions jsonb)
  returns jsonb
  language sql
  immutable
  set search_path to ''
as $function$
  select coalesce(jsonb_agg(q.value || '{"knockout": []}'::jsonb order by q.n), '[]'::jsonb)
  from jsonb_array_elements(case when jsonb_typeof(questions) = 'array' then questions else '[]' end) with ordinality q(value, n)
  where jsonb_typeof(q.value) = 'object'
$function$;
revoke all on function public.questions_without_knockouts(questions jsonb) from public, anon, authenticated, service_role;
grant execute on function public.questions_without_knockouts(questions jsonb) to public, anon, authenticated, service_role;

create table public.jobs (
  id uuid default gen_random_uuid() not null,
  org_id uuid not null,
  slug text not null,
  title text not null,
  location text default ''::text not null,
  employment_type text default 'full_time'::text not null,
  description text default ''::text not null,
  status text default 'draft'::text not null,
  skills jsonb default '[]'::jsonb not null,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  published_at timestamp with time zone,
  questions jsonb default '[]'::jsonb not null,
  -- Opt-in: knocked-out applications nobody kept are rejected this many days after they arrived.
  knockout_reject_after_days integer,
  department text default ''::text not null,
  -- Where the work happens: at the job's location, partly there, or from anywhere in country_code (remote).
  remote_policy text default 'on_site'::text not null,
  -- ISO 3166-1 alpha-2: the office's country, or where a remote candidate must live (Google's applicantLocationRequirements).
  country_code text,
  salary_min numeric(12,2),
  salary_max numeric(12,2),
  -- ISO 4217 code, upper case.
  salary_currency text,
  salary_period text,
  -- The last moment applications are welcome (Google's validThrough); null means until the job is closed.
  valid_through timestamp with time zone,
  -- When a job was closed (the retention clock of its applications); a reopened job has none.
  closed_at timestamp with time zone,
  -- The questions without the answers that knock an application out: what candidates (anon) read.
  public_questions jsonb generated always as (public.questions_without_knockouts(questions)) stored not null,
  constraint jobs_slug_shape check (((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text) and (char_length(slug) <= 80))),
  constraint jobs_title_check check (((char_length(btrim(title)) >= 1) and (char_length(btrim(title)) <= 200))),
  constraint jobs_location_check check ((char_length(location) <= 200)),
  constraint jobs_employment_type_check check ((employment_type = any (array['full_time'::text, 'part_time'::text, 'contract'::text, 'internship'::text, 'temporary'::text]))),
  constraint jobs_description_check check ((char_length(description) <= 50000)),
  constraint jobs_status_check check ((status = any (array['draft'::text, 'open'::text, 'closed'::text]))),
  constraint jobs_skills_shape check (public.is_valid_skill_list(skills)),
  constraint jobs_pkey primary key (id),
  constraint jobs_slug_key unique (slug),
  constraint jobs_title_visible check (public.has_visible_text(title)),
  constraint jobs_skills_visible check (public.skill_texts_are_visible(skills)),
  constraint jobs_questions_shape check (public.is_valid_job_questions(questions)),
  constraint jobs_knockout_reject_after_days_range check (((knockout_reject_after_days >= 1) and (knockout_reject_after_days <= 365))),
  constraint jobs_department_length check ((char_length(department) <= 100)),
  constraint jobs_remote_policy_known check ((remote_policy = any (array['on_site'::text, 'hybrid'::text, 'remote'::text]))),
  constraint jobs_country_code_shape check ((country_code ~ '^[A-Z]{2}$'::text)),
  constraint jobs_salary_min_range check (((salary_min >= (0)::numeric) and (salary_min < '1000000000'::numeric))),
  constraint jobs_salary_max_range check (((salary_max > (0)::numeric) and (salary_max < '1000000000'::numeric))),
  constraint jobs_salary_currency_shape check ((salary_currency ~ '^[A-Z]{3}$'::text)),
  constraint jobs_salary_period_known check ((salary_period = any (array['hour'::text, 'day'::text, 'week'::text, 'month'::text, 'year'::text]))),
  constraint jobs_salary_complete check ((((salary_min is null) and (salary_max is null) and (salary_currency is null) and (salary_period is null)) or (((salary_min is not null) or (salary_max is not null)) and (salary_currency is not null) and (salary_period is not null)))),
  constraint jobs_salary_ordered check (((salary_min is null) or (salary_max is null) or (salary_min <= salary_max))),
  constraint jobs_remote_has_country check (((remote_policy <> 'remote'::text) or (country_code is not null))),
  constraint jobs_org_id_fkey foreign key (org_id) references public.organizations(id) on delete cascade
);

alter table public.jobs enable row level security;

create index jobs_org_id_status_idx on public.jobs (org_id, status);

create index jobs_open_published_idx on public.jobs (published_at desc) where (status = 'open'::text);

-- published_at is when the job first went on the board; closing and reopening keeps it.
create or replace function public.stamp_job_published()
  returns trigger
  language plpgsql
  set search_path to ''
as $function$
begin
  if new.status = 'open' and new.published_at is null then
    new.published_at := now();
  end if;
  return new;
end
$function$;
revoke all on function public.stamp_job_published() from public, anon, authenticated, service_role;
grant execute on function public.stamp_job_published() to service_role;

-- The org a job belongs to, for policies on tables that only know a job id.
create or replace function public.job_org(job uuid)
  returns uuid
  language sql
  stable security definer
  set search_path to ''
as $function$
  select j.org_id from public.jobs j where j.id = job_org.job
$function$;
revoke all on function public.job_org(job uuid) from public, anon, authenticated, service_role;
grant execute on function public.job_org(job uuid) to anon, authenticated, service_role;

-- Resumes live under the job's slug, so the slug is frozen once anyone has applied.
create or replace function public.freeze_job_slug_with_applications()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  if new.slug is distinct from old.slug and exists (select 1 from public.applications a where a.job_id = old.id) then
    raise exception 'The job "%" has applications, so its slug can no longer change', old.slug
      using errcode = '23514', hint = 'Resumes are stored under the slug; create a new job instead.';
  end if;
  return new;
end
$function$;
revoke all on function public.freeze_job_slug_with_applications() from public, anon, authenticated, service_role;
grant execute on function public.freeze_job_slug_with_applications() to service_role;

-- The jobs of every organization the caller belongs to with at least min_role: one set per statement, so a policy
-- tests `job_id in (…)` with a hash lookup instead of two function calls per row.
create or replace function public.member_job_ids(min_role text default 'viewer'::text)
  returns setof uuid
  language sql
  stable security definer rows 20
  set search_path to ''
as $function$
  select j.id
  from public.memberships m
  join public.jobs j on j.org_id = m.org_id
  where m.user_id = (select auth.uid())
    and public.is_org_member(m.org_id, member_job_ids.min_role)
$function$;
revoke all on function public.member_job_ids(min_role text) from public, anon, authenticated, service_role;
grant execute on function public.member_job_ids(min_role text) to authenticated, service_role;

-- The longest answer each kind of question takes, in characters (the apply form's schema says the same).
create or replace function public.question_answer_max_length(question_type text)
  returns integer
  language sql
  immutable
  set search_path to ''
as $function$
  select case question_type when 'short_text' then 300 when 'long_text' then 5000 when 'url' then 2048 end
$function$;
revoke all on function public.question_answer_max_length(question_type text) from public, anon, authenticated, service_role;
grant execute on function public.question_answer_max_length(question_type text) to public, anon, authenticated, service_role;

create or replace function public.stamp_job_closed_at()
  returns trigger
  language plpgsql
  set search_path to ''
as $function$
begin
  new.closed_at := case when new.status <> 'closed' then null when old.status = 'closed' then old.closed_at else now() end;
  return new;
end
$function$;
revoke all on function public.stamp_job_closed_at() from public, anon, authenticated, service_role;
grant execute on function public.stamp_job_closed_at() to public, anon, authenticated, service_role;

create trigger jobs_stamp_published before insert or update of status on public.jobs for each row execute function public.stamp_job_published();

create trigger jobs_touch_updated_at before update on public.jobs for each row execute function public.touch_updated_at();

create trigger jobs_freeze_slug before update of slug on public.jobs for each row execute function public.freeze_job_slug_with_applications();

create trigger jobs_stamp_closed_at before update of status on public.jobs for each row execute function public.stamp_job_closed_at();

create policy "anyone reads open jobs" on public.jobs for select to anon, authenticated
  using ((status = 'open'::text));

create policy "members read all their organization's jobs" on public.jobs for select to authenticated
  using (public.is_org_member(org_id));

create policy "recruiters create jobs" on public.jobs for insert to authenticated
  with check (public.is_org_member(org_id, 'recruiter'::text));

create policy "recruiters edit jobs" on public.jobs for update to authenticated
  using (public.is_org_member(org_id, 'recruiter'::text))
  with check (public.is_org_member(org_id, 'recruiter'::text));

-- The board shows who is hiring: an organization with an open job is public (it only has a name and a slug).
create policy "anyone reads organizations with open jobs" on public.organizations for select to anon, authenticated
  using ((exists ( select 1
   from public.jobs j
  where ((j.org_id = organizations.id) and (j.status = 'open'::text)))));

revoke all on table public.jobs from anon, authenticated, service_role;

grant all on table public.jobs to service_role;

-- Anon reads every column but the hiring team's screening rules (questions with knockouts, the rejection rule); a
-- column added later is not public until it is granted here too.
grant select (id, org_id, slug, title, location, employment_type, description, status, skills, created_at, updated_at, published_at, closed_at, department, remote_policy, country_code, salary_min, salary_max, salary_currency, salary_period, valid_through, public_questions) on table public.jobs to anon;

grant select on table public.jobs to authenticated;

grant insert (id, org_id, slug, title, location, employment_type, description, status, skills, questions, knockout_reject_after_days, department, remote_policy, country_code, salary_min, salary_max, salary_currency, salary_period, valid_through) on table public.jobs to authenticated;

grant update (slug, title, location, employment_type, description, status, skills, questions, knockout_reject_after_days, department, remote_policy, country_code, salary_min, salary_max, salary_currency, salary_period, valid_through) on table public.jobs to authenticated;

grant select (closed_at) on table public.jobs to authenticated;
