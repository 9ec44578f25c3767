-- Why: the recruiter dashboard opens on one screen of every job with its pipeline and what arrived since each person last looked.

-- When each member last opened a job's applicants: per person and job, so "new since last visit" follows them across devices.
create table public.job_visits (
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  job_id uuid not null references public.jobs (id) on delete cascade,
  visited_at timestamptz not null default now(),
  primary key (user_id, job_id)
);
create index job_visits_job_id_idx on public.job_visits (job_id);

alter table public.job_visits enable row level security;
revoke all on table public.job_visits from anon, authenticated;
grant select, insert (job_id), update (visited_at) on table public.job_visits to authenticated;
grant select, insert, update, delete on table public.job_visits to service_role;

create policy "members read their own visits"
  on public.job_visits for select to authenticated
  using (user_id = (select auth.uid()));

create policy "members record visits to their organization's jobs"
  on public.job_visits for insert to authenticated
  with check (user_id = (select auth.uid()) and public.is_org_member(public.job_org(job_id)));

create policy "members update their own visits"
  on public.job_visits for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()) and public.is_org_member(public.job_org(job_id)));

-- "New since last visit" and the date sort read applications of one job by arrival time.
create index applications_job_created_at_idx on public.applications (job_id, created_at desc);
create index applications_job_full_name_idx on public.applications (job_id, full_name);

-- The organizations the caller belongs to and their role in each, for the org switcher.
create function public.my_memberships()
returns table (org_id uuid, org_name text, org_slug text, role text)
language sql
stable
security invoker
set search_path = ''
as $$
  select o.id, o.name, o.slug, m.role
  from public.memberships m
  join public.organizations o on o.id = m.org_id
  where m.user_id = (select auth.uid())
  order by o.name, o.id
$$;
revoke execute on function public.my_memberships() from public, anon;
grant execute on function public.my_memberships() to authenticated, service_role;

-- One row per job of `org` the caller may read: applicants per stage, and how many arrived since the caller's
-- last visit (all of them before a first visit). Security invoker: RLS on jobs and applications decides the rows.
create function public.job_pipeline(org uuid)
returns table (
  job_id uuid,
  total integer,
  applied integer,
  screening integer,
  interview integer,
  offer integer,
  hired integer,
  rejected integer,
  new_since_last_visit integer,
  last_visited_at timestamptz
)
language sql
stable
security invoker
set search_path = ''
as $$
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
  left join public.applications a on a.job_id = j.id
  where j.org_id = job_pipeline.org
    and public.is_org_member(j.org_id)
  group by j.id, v.visited_at
$$;
revoke execute on function public.job_pipeline(uuid) from public, anon;
grant execute on function public.job_pipeline(uuid) to authenticated, service_role;

-- Records that the caller opened a job's applicants now and returns the previous visit (null the first time),
-- so the list can still mark what is new on this visit.
create function public.record_job_visit(job uuid)
returns timestamptz
language plpgsql
volatile
security invoker
set search_path = ''
as $$
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
$$;
revoke execute on function public.record_job_visit(uuid) from public, anon;
grant execute on function public.record_job_visit(uuid) to authenticated, service_role;
