-- Interview kits per job and the scorecards interviewers submit.

-- A kit's criteria: 1–20 of { id: 'a-slug', name: visible text ≤ 100, guidance: ≤ 500 }, ids unique.
create or replace function public.is_valid_kit_criteria(criteria jsonb)
  returns boolean
  language sql
  immutable
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.is_valid_kit_criteria(criteria jsonb) from public, anon, authenticated, service_role;
grant execute on function public.is_valid_kit_criteria(criteria jsonb) to public, anon, authenticated, service_role;

create table public.interview_kits (
  job_id uuid not null,
  criteria jsonb not null,
  updated_at timestamp with time zone default now() not null,
  updated_by uuid default auth.uid(),
  constraint interview_kits_criteria_shape check (public.is_valid_kit_criteria(criteria)),
  constraint interview_kits_pkey primary key (job_id),
  constraint interview_kits_job_id_fkey foreign key (job_id) references public.jobs(id) on delete cascade,
  constraint interview_kits_updated_by_fkey foreign key (updated_by) references auth.users(id) on delete set null
);

alter table public.interview_kits enable row level security;

create index interview_kits_updated_by_idx on public.interview_kits (updated_by);

create table public.scorecards (
  id uuid default gen_random_uuid() not null,
  application_id uuid not null,
  stage text not null,
  author uuid default auth.uid() not null,
  -- { "<criterion id>": { "rating": 1–4, "note": "…" } }, checked against the job's kit by the trigger below.
  ratings jsonb not null,
  recommendation text not null,
  summary text,
  submitted_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  constraint scorecards_stage_check check ((stage = any (array['applied'::text, 'screening'::text, 'interview'::text, 'offer'::text, 'hired'::text, 'rejected'::text]))),
  constraint scorecards_ratings_object check ((jsonb_typeof(ratings) = 'object'::text)),
  constraint scorecards_recommendation_check check ((recommendation = any (array['strong_no'::text, 'no'::text, 'yes'::text, 'strong_yes'::text]))),
  constraint scorecards_summary_length check ((char_length(summary) <= 5000)),
  constraint scorecards_pkey primary key (id),
  constraint scorecards_one_per_member_and_stage unique (application_id, stage, author),
  constraint scorecards_application_id_fkey foreign key (application_id) references public.applications(id) on delete cascade,
  constraint scorecards_author_fkey foreign key (author) references auth.users(id)
);

alter table public.scorecards enable row level security;

create index scorecards_author_idx on public.scorecards (author);

-- Every criterion of the kit rated 1–4, nothing else, notes ≤ 2000 characters: a 400 (23514) that names the problem.
create or replace function public.check_scorecard_ratings()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.check_scorecard_ratings() from public, anon, authenticated, service_role;
grant execute on function public.check_scorecard_ratings() to service_role;

-- Whether the caller may read a scorecard: its author; a viewer of the organization (viewers never submit); or a member
-- who has submitted their own for the same application and stage. Definer rights: the check reads scorecards itself.
create or replace function public.can_read_scorecard(application uuid, stage text, author uuid)
  returns boolean
  language sql
  stable security definer
  set search_path to ''
as $function$
  select public.is_org_member(public.application_org(can_read_scorecard.application))
    and (
      can_read_scorecard.author = (select auth.uid())
      or not public.is_org_member(public.application_org(can_read_scorecard.application), 'recruiter')
      or exists (
        select 1 from public.scorecards s
        where s.application_id = can_read_scorecard.application and s.stage = can_read_scorecard.stage and s.author = (select auth.uid())
      )
    )
$function$;
revoke all on function public.can_read_scorecard(application uuid, stage text, author uuid) from public, anon, authenticated, service_role;
grant execute on function public.can_read_scorecard(application uuid, stage text, author uuid) to anon, authenticated, service_role;

-- How many scorecards each stage of an application has, and whether the caller's is among them, without their
-- contents: what a member who has not submitted yet may know. Members of the application's organization only.
create or replace function public.scorecard_counts(application uuid)
  returns table(stage text, submitted integer, mine boolean)
  language sql
  stable security definer
  set search_path to ''
as $function$
  select s.stage, count(*)::integer, bool_or(s.author = (select auth.uid()))
  from public.scorecards s
  where s.application_id = scorecard_counts.application
    and public.is_org_member(public.application_org(scorecard_counts.application))
  group by s.stage
  order by s.stage
$function$;
revoke all on function public.scorecard_counts(application uuid) from public, anon, authenticated, service_role;
grant execute on function public.scorecard_counts(application uuid) to anon, authenticated, service_role;

create trigger interview_kits_touch_updated_at before update on public.interview_kits for each row execute function public.touch_updated_at();

create trigger scorecards_check_ratings before insert or update of ratings on public.scorecards for each row execute function public.check_scorecard_ratings();

create trigger scorecards_touch_updated_at before update on public.scorecards for each row execute function public.touch_updated_at();

create policy "members read their organization's interview kits" on public.interview_kits for select to authenticated
  using (public.is_org_member(public.job_org(job_id)));

create policy "recruiters create interview kits" on public.interview_kits for insert to authenticated
  with check (public.is_org_member(public.job_org(job_id), 'recruiter'::text));

create policy "recruiters edit interview kits" on public.interview_kits for update to authenticated
  using (public.is_org_member(public.job_org(job_id), 'recruiter'::text))
  with check (public.is_org_member(public.job_org(job_id), 'recruiter'::text));

create policy "members read scorecards once they have submitted their own" on public.scorecards for select to authenticated
  using (public.can_read_scorecard(application_id, stage, author));

create policy "recruiters submit their own scorecards" on public.scorecards for insert to authenticated
  with check (((author = ( select auth.uid() as uid)) and public.is_org_member(public.application_org(application_id), 'recruiter'::text)));

create policy "authors revise their own scorecards" on public.scorecards for update to authenticated
  using (((author = ( select auth.uid() as uid)) and public.is_org_member(public.application_org(application_id), 'recruiter'::text)))
  with check ((author = ( select auth.uid() as uid)));

revoke all on table public.interview_kits from anon, authenticated, service_role;

grant all on table public.interview_kits to service_role;

grant select on table public.interview_kits to authenticated;

grant insert (job_id, criteria) on table public.interview_kits to authenticated;

grant update (criteria) on table public.interview_kits to authenticated;

revoke all on table public.scorecards from anon, authenticated, service_role;

grant all on table public.scorecards to service_role;

grant select on table public.scorecards to authenticated;

grant insert (id, application_id, stage, ratings, recommendation, summary) on table public.scorecards to authenticated;

grant update (ratings, recommendation, summary) on table public.scorecards to authenticated;
