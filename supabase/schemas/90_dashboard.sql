-- The dashboard: job pipeline counts, visits, sources and hiring analytics.

-- When each member last opened a job's applicants: per person and job, so "new since last visit" follows them across devices.
create table public.job_visits (
  user_id uuid default auth.uid() not null,
  job_id uuid not null,
  visited_at timestamp with time zone default now() not null,
  constraint job_visits_pkey primary key (user_id, job_id),
  constraint job_visits_user_id_fkey foreign key (user_id) references auth.users(id) on delete cascade,
  constraint job_visits_job_id_fkey foreign key (job_id) references public.jobs(id) on delete cascade
);

alter table public.job_visits enable row level security;

create index job_visits_job_id_idx on public.job_visits (job_id);

-- The pipeline counts only applications still in play (same signature, so the grants stay).
create or replace function public.job_pipeline(org uuid)
  returns table(job_id uuid, total integer, applied integer, screening integer, interview integer, offer integer, hired integer, rejected integer, new_since_last_visit integer, last_visited_at timestamp with time zone)
  language sql
  stable
  set search_path to ''
as $function$
  select
    j.id,
    count(a.id)::integer,
    (count(a.id) filter (where a.stage = 'applied'))::integer,
    (count(a.id) filter (where a.stage = 'screening'))::integer,
    (count(a.id) filter (where a.stage = 'interview'))::integer,
    (count(a.id) filter (where a.stage = 'offer'))::integer,
    (count(a.id) filter (where a.stage = 'hired'))::integer,
    (count(a.id) filter (where a.stage = 'rejected'))::integer,
    (count(a.id) filter (where v.visited_at is null or a.created_at > v.visited_at))::integer,
    v.visited_at
  from public.jobs j
  left join public.job_visits v on v.job_id = j.id and v.user_id = (select auth.uid())
  left join public.applications a on a.job_id = j.id and a.withdrawn_at is null
  where j.org_id = job_pipeline.org
    and public.is_org_member(j.org_id)
  group by j.id, v.visited_at
$function$;
revoke all on function public.job_pipeline(org uuid) from public, anon, authenticated, service_role;
grant execute on function public.job_pipeline(org uuid) to authenticated, service_role;

-- Records that the caller opened a job's applicants now and returns the previous visit (null the first time),
-- so the list can still mark what is new on this visit.
create or replace function public.record_job_visit(job uuid)
  returns timestamp with time zone
  language plpgsql
  set search_path to ''
as $function$
declare
  previous timestamptz;
begin
  select v.visited_at into previous
  from public.job_visits v
  where v.job_id = record_job_visit.job and v.user_id = (select auth.uid());
  insert into public.job_visits (job_id) values (record_job_visit.job)
  on conflict (user_id, job_id) do update set visited_at = now();
  return previous;
end
$function$;
revoke all on function public.record_job_visit(job uuid) from public, anon, authenticated, service_role;
grant execute on function public.record_job_visit(job uuid) to authenticated, service_role;

-- Applications per source for one job (withdrawn ones left out), under the caller's RLS.
create or replace function public.job_source_counts(job uuid)
  returns table(source text, applications bigint)
  language sql
  stable
  set search_path to ''
as $function$
  select a.source, count(*) from public.applications a
  where a.job_id = job_source_counts.job and a.withdrawn_at is null
  group by a.source
  order by count(*) desc, a.source nulls last
$function$;
revoke all on function public.job_source_counts(job uuid) from public, anon, authenticated, service_role;
grant execute on function public.job_source_counts(job uuid) to authenticated, service_role;

create or replace function public.hiring_analytics(org uuid, job uuid default null::uuid)
  returns jsonb
  language sql
  stable
  set search_path to ''
as $function$
  with apps as (
    select a.id, a.stage, a.score, a.parse_status, a.source, a.created_at
    from public.applications a
    join public.jobs j on j.id = a.job_id
    where j.org_id = hiring_analytics.org
      and (hiring_analytics.job is null or a.job_id = hiring_analytics.job)
      and a.withdrawn_at is null
  ),
  pipeline(stage, position) as (
    values ('applied', 1), ('screening', 2), ('interview', 3), ('offer', 4), ('hired', 5)
  ),
  -- How far along the pipeline each application got: its furthest stage, now or in its history (rejected ones too).
  reached as (
    select a.id, greatest(
      coalesce((select p.position from pipeline p where p.stage = a.stage), 1),
      coalesce((select max(p.position) from public.stage_events e join pipeline p on p.stage = e.to_stage where e.application_id = a.id), 1)
    ) as position
    from apps a
  ),
  stays as (
    select e.to_stage as stage,
      extract(epoch from (lead(e.at) over (partition by e.application_id order by e.at, e.id) - e.at)) / 3600 as hours
    from public.stage_events e
    where e.application_id in (select id from apps)
  ),
  weeks as (
    select generate_series(date_trunc('week', now()) - interval '11 weeks', date_trunc('week', now()), interval '1 week') as week
  )
  select jsonb_build_object(
    'total', (select count(*) from apps),
    'funnel', (
      select jsonb_agg(jsonb_build_object('stage', p.stage, 'reached', (select count(*) from reached r where r.position >= p.position)) order by p.position)
      from pipeline p
    ),
    'rejected', (select count(*) from apps where stage = 'rejected'),
    'time_in_stage', (
      select coalesce(jsonb_agg(jsonb_build_object('stage', s.stage, 'median_hours', round(s.median::numeric, 1), 'moves', s.moves) order by p.position), '[]')
      from (select stage, percentile_cont(0.5) within group (order by hours) as median, count(*) as moves from stays where hours is not null group by stage) s
      join pipeline p on p.stage = s.stage
    ),
    'per_week', (
      select jsonb_agg(jsonb_build_object('week', to_char(w.week, 'YYYY-MM-DD'), 'applications', (select count(*) from apps a where a.created_at >= w.week and a.created_at < w.week + interval '1 week')) order by w.week)
      from weeks w
    ),
    'sources', (
      select coalesce(jsonb_agg(jsonb_build_object('source', s.source, 'applications', s.n, 'hired', s.hired) order by s.n desc, s.source), '[]')
      from (select coalesce(source, 'direct') as source, count(*) as n, count(*) filter (where stage = 'hired') as hired from apps group by 1) s
    ),
    'scores', (
      select jsonb_agg(jsonb_build_object('from', b * 10, 'to', case when b = 9 then 100 else b * 10 + 9 end, 'applications', (select count(*) from apps a where a.score is not null and least(a.score / 10, 9) = b)) order by b)
      from generate_series(0, 9) b
    ),
    'unscored', (select count(*) from apps where score is null)
  )
$function$;
revoke all on function public.hiring_analytics(org uuid, job uuid) from public, anon, authenticated, service_role;
grant execute on function public.hiring_analytics(org uuid, job uuid) to authenticated, service_role;

create policy "members read their own visits" on public.job_visits for select to authenticated
  using ((user_id = ( select auth.uid() as uid)));

create policy "members record visits to their organization's jobs" on public.job_visits for insert to authenticated
  with check (((user_id = ( select auth.uid() as uid)) and public.is_org_member(public.job_org(job_id))));

create policy "members update their own visits" on public.job_visits for update to authenticated
  using ((user_id = ( select auth.uid() as uid)))
  with check (((user_id = ( select auth.uid() as uid)) and public.is_org_member(public.job_org(job_id))));

revoke all on table public.job_visits from anon, authenticated, service_role;

grant all on table public.job_visits to service_role;

grant select on table public.job_visits to authenticated;

grant insert (job_id) on table public.job_visits to authenticated;

grant update (visited_at) on table public.job_visits to authenticated;
