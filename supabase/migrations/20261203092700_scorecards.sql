-- Why: interviewers record their judgement against a job's interview kit, independently: a member sees the others'
-- scorecards for an application and stage only once they have submitted their own (viewers read, never submit).

-- A kit's criteria: 1–20 of { id: 'a-slug', name: visible text ≤ 100, guidance: ≤ 500 }, ids unique.
create function public.is_valid_kit_criteria(criteria jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select jsonb_typeof(criteria) = 'array'
    and jsonb_array_length(criteria) between 1 and 20
    and not exists (
      select 1 from jsonb_array_elements(criteria) c
      where jsonb_typeof(c) <> 'object'
        or (select count(*) from jsonb_object_keys(c) k where k not in ('id', 'name', 'guidance')) > 0
        or jsonb_typeof(c -> 'id') is distinct from 'string' or (c ->> 'id') !~ '^[a-z0-9][a-z0-9-]{0,39}$'
        or jsonb_typeof(c -> 'name') is distinct from 'string' or char_length(c ->> 'name') > 100 or not public.has_visible_text(c ->> 'name')
        or (c ? 'guidance' and (jsonb_typeof(c -> 'guidance') <> 'string' or char_length(c ->> 'guidance') > 500))
    )
    and (select count(distinct c ->> 'id') from jsonb_array_elements(criteria) c) = jsonb_array_length(criteria)
$$;
grant execute on function public.is_valid_kit_criteria(jsonb) to anon, authenticated, service_role;

create table public.interview_kits (
  job_id uuid primary key references public.jobs (id) on delete cascade,
  criteria jsonb not null constraint interview_kits_criteria_shape check (public.is_valid_kit_criteria(criteria)),
  updated_at timestamptz not null default now(),
  updated_by uuid default auth.uid() references auth.users (id) on delete set null
);
create index interview_kits_updated_by_idx on public.interview_kits (updated_by);
create trigger interview_kits_touch_updated_at before update on public.interview_kits
  for each row execute function public.touch_updated_at();

alter table public.interview_kits enable row level security;
revoke all on table public.interview_kits from anon, authenticated;
grant select on table public.interview_kits to authenticated;
grant insert (job_id, criteria) on table public.interview_kits to authenticated;
grant update (criteria) on table public.interview_kits to authenticated;

create policy "members read their organization's interview kits"
  on public.interview_kits for select to authenticated
  using (public.is_org_member(public.job_org(job_id)));
create policy "recruiters create interview kits"
  on public.interview_kits for insert to authenticated
  with check (public.is_org_member(public.job_org(job_id), 'recruiter'));
create policy "recruiters edit interview kits"
  on public.interview_kits for update to authenticated
  using (public.is_org_member(public.job_org(job_id), 'recruiter'))
  with check (public.is_org_member(public.job_org(job_id), 'recruiter'));

create table public.scorecards (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references public.applications (id) on delete cascade,
  stage text not null check (stage in ('applied', 'screening', 'interview', 'offer', 'hired', 'rejected')),
  author uuid not null default auth.uid() references auth.users (id),
  -- { "<criterion id>": { "rating": 1–4, "note": "…" } }, checked against the job's kit by the trigger below.
  ratings jsonb not null constraint scorecards_ratings_object check (jsonb_typeof(ratings) = 'object'),
  recommendation text not null check (recommendation in ('strong_no', 'no', 'yes', 'strong_yes')),
  summary text constraint scorecards_summary_length check (char_length(summary) <= 5000),
  submitted_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint scorecards_one_per_member_and_stage unique (application_id, stage, author)
);
create index scorecards_author_idx on public.scorecards (author);

-- Every criterion of the kit rated 1–4, nothing else, notes ≤ 2000 characters: a 400 (23514) that names the problem.
create function public.check_scorecard_ratings()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  kit jsonb;
  criterion jsonb;
  entry jsonb;
  key text;
begin
  if jsonb_typeof(new.ratings) is distinct from 'object' then
    raise exception 'Ratings must map each criterion of the interview kit to its rating'
      using errcode = '23514', constraint = 'scorecards_ratings_object';
  end if;
  select k.criteria into kit
  from public.applications a join public.interview_kits k on k.job_id = a.job_id
  where a.id = new.application_id;
  if kit is null then
    raise exception 'This job has no interview kit yet: a recruiter adds its criteria in the job editor first'
      using errcode = '23514', constraint = 'scorecards_job_has_kit';
  end if;
  for key in select jsonb_object_keys(new.ratings) loop
    if not exists (select 1 from jsonb_array_elements(kit) c where c ->> 'id' = key) then
      raise exception 'The rating "%" is not a criterion of this job''s interview kit', left(key, 60)
        using errcode = '23514', constraint = 'scorecards_ratings_match_kit';
    end if;
  end loop;
  for criterion in select c from jsonb_array_elements(kit) c loop
    entry := new.ratings -> (criterion ->> 'id');
    if entry is null or jsonb_typeof(entry) <> 'object' or jsonb_typeof(entry -> 'rating') is distinct from 'number'
       or (entry ->> 'rating') not in ('1', '2', '3', '4') then
      raise exception 'Rate "%" from 1 to 4', criterion ->> 'name'
        using errcode = '23514', constraint = 'scorecards_ratings_match_kit';
    end if;
    if (select count(*) from jsonb_object_keys(entry) k where k not in ('rating', 'note')) > 0
       or (entry ? 'note' and (jsonb_typeof(entry -> 'note') <> 'string' or char_length(entry ->> 'note') > 2000)) then
      raise exception 'The note on "%" must be text of at most 2000 characters', criterion ->> 'name'
        using errcode = '23514', constraint = 'scorecards_ratings_match_kit';
    end if;
  end loop;
  return new;
end;
$$;
revoke all on function public.check_scorecard_ratings() from public, anon, authenticated;

create trigger scorecards_check_ratings before insert or update of ratings on public.scorecards
  for each row execute function public.check_scorecard_ratings();
create trigger scorecards_touch_updated_at before update on public.scorecards
  for each row execute function public.touch_updated_at();

-- Whether the caller may read a scorecard: its author; a viewer of the organization (viewers never submit); or a member
-- who has submitted their own for the same application and stage. Definer rights: the check reads scorecards itself.
create function public.can_read_scorecard(application uuid, stage text, author uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select public.is_org_member(public.application_org(can_read_scorecard.application))
    and (
      can_read_scorecard.author = (select auth.uid())
      or not public.is_org_member(public.application_org(can_read_scorecard.application), 'recruiter')
      or exists (
        select 1 from public.scorecards s
        where s.application_id = can_read_scorecard.application and s.stage = can_read_scorecard.stage and s.author = (select auth.uid())
      )
    )
$$;
revoke execute on function public.can_read_scorecard(uuid, text, uuid) from public;
grant execute on function public.can_read_scorecard(uuid, text, uuid) to authenticated, service_role;

alter table public.scorecards enable row level security;
revoke all on table public.scorecards from anon, authenticated;
grant select on table public.scorecards to authenticated;
grant insert (id, application_id, stage, ratings, recommendation, summary) on table public.scorecards to authenticated;
grant update (ratings, recommendation, summary) on table public.scorecards to authenticated;

create policy "members read scorecards once they have submitted their own"
  on public.scorecards for select to authenticated
  using (public.can_read_scorecard(application_id, stage, author));
create policy "recruiters submit their own scorecards"
  on public.scorecards for insert to authenticated
  with check (author = (select auth.uid()) and public.is_org_member(public.application_org(application_id), 'recruiter'));
create policy "authors revise their own scorecards"
  on public.scorecards for update to authenticated
  using (author = (select auth.uid()) and public.is_org_member(public.application_org(application_id), 'recruiter'))
  with check (author = (select auth.uid()));

-- How many scorecards each stage of an application has, and whether the caller's is among them, without their
-- contents: what a member who has not submitted yet may know. Members of the application's organization only.
create function public.scorecard_counts(application uuid)
returns table (stage text, submitted integer, mine boolean)
language sql
stable
security definer
set search_path = ''
as $$
  select s.stage, count(*)::integer, bool_or(s.author = (select auth.uid()))
  from public.scorecards s
  where s.application_id = scorecard_counts.application
    and public.is_org_member(public.application_org(scorecard_counts.application))
  group by s.stage
  order by s.stage
$$;
revoke execute on function public.scorecard_counts(uuid) from public;
grant execute on function public.scorecard_counts(uuid) to authenticated, service_role;
