-- Why: recruiters see how an organization's (or one job's) hiring is going — funnel, time in stage, volume, sources,
-- scores — computed in SQL with the caller's rights, so RLS decides which applications count (other orgs: none).

create function public.hiring_analytics(org uuid, job uuid default null)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
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
$$;
revoke execute on function public.hiring_analytics(uuid, uuid) from public, anon;
grant execute on function public.hiring_analytics(uuid, uuid) to authenticated, service_role;
