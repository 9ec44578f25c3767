-- Why: each organisation keeps an ended application (rejected, withdrawn or its job closed) for a set period, then the
-- erase-applications function erases it — the resume through the Storage API (hosted refuses SQL on storage tables),
-- the rows deleted — and keeps an audit entry without personal data. Owners see what is coming, hold an application,
-- and erase one on request through the same function. pg_cron runs it hourly (hosted); the local scheduler does too.

create table public.retention_settings (
  org_id uuid primary key references public.organizations (id) on delete cascade,
  retention_days integer not null default 180 check (retention_days between 30 and 3650),
  updated_at timestamptz not null default now()
);
create trigger retention_settings_touch_updated_at before update on public.retention_settings
  for each row execute function public.touch_updated_at();

create function public.create_org_retention_settings()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.retention_settings (org_id) values (new.id) on conflict do nothing;
  return null;
end
$$;
revoke execute on function public.create_org_retention_settings() from public, anon, authenticated;
create trigger organizations_retention_settings after insert on public.organizations
  for each row execute function public.create_org_retention_settings();
insert into public.retention_settings (org_id) select id from public.organizations on conflict do nothing;

-- When a job was closed (the retention clock of its applications); a reopened job has none.
alter table public.jobs add column closed_at timestamptz;
update public.jobs set closed_at = updated_at where status = 'closed';
create function public.stamp_job_closed_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.closed_at := case when new.status <> 'closed' then null when old.status = 'closed' then old.closed_at else now() end;
  return new;
end
$$;
create trigger jobs_stamp_closed_at before update of status on public.jobs
  for each row execute function public.stamp_job_closed_at();
grant select (closed_at) on table public.jobs to authenticated;

-- An owner's hold keeps an application past its retention period until lifted.
alter table public.applications
  add column erasure_hold_at timestamptz,
  add column erasure_hold_by uuid references auth.users (id) on delete set null;
grant select (erasure_hold_at, erasure_hold_by) on table public.applications to authenticated;

-- What was erased, when, why and by whom — never who the candidate was.
create table public.erasure_log (
  id bigint generated always as identity primary key,
  org_id uuid not null references public.organizations (id) on delete cascade,
  job_id uuid references public.jobs (id) on delete set null,
  application_id uuid not null,
  reason text not null check (reason in ('retention', 'request')),
  erased_by uuid references auth.users (id) on delete set null,
  applied_at timestamptz not null,
  erased_at timestamptz not null default now()
);
create index erasure_log_org_idx on public.erasure_log (org_id, erased_at desc);
alter table public.erasure_log enable row level security;
revoke all on table public.erasure_log from anon, authenticated;
grant select on table public.erasure_log to authenticated;
grant select, insert, update, delete on table public.erasure_log to service_role;
create policy "owners read their organization's erasure log"
  on public.erasure_log for select to authenticated using (public.is_org_member(org_id, 'owner'));

-- When the application ended: rejected, withdrawn or its job closed, whichever came first (null while in play).
create function public.application_ended_at(application uuid)
returns timestamptz
language sql
stable
security definer
set search_path = ''
as $$
  select least(
    a.withdrawn_at,
    case when a.stage = 'rejected' then coalesce(
      (select max(e.at) from public.stage_events e where e.application_id = a.id and e.to_stage = 'rejected'), a.updated_at) end,
    case when j.status = 'closed' then coalesce(j.closed_at, j.updated_at) end)
  from public.applications a join public.jobs j on j.id = a.job_id
  where a.id = application_ended_at.application
$$;
revoke execute on function public.application_ended_at(uuid) from public, anon;
grant execute on function public.application_ended_at(uuid) to authenticated, service_role;

-- Owners' view of what the retention period erases within `within_days` (held ones included, marked).
create function public.erasure_schedule(org uuid, within_days integer default 30)
returns table (application_id uuid, job_id uuid, job_title text, full_name text, stage text, ended_at timestamptz, erase_on timestamptz,
               on_hold boolean)
language sql
stable
security invoker
set search_path = ''
as $$
  select a.id, j.id, j.title, a.full_name, case when a.withdrawn_at is not null then 'withdrawn' else a.stage end,
         e.ended_at, e.ended_at + make_interval(days => r.retention_days), a.erasure_hold_at is not null
    from public.jobs j
    join public.retention_settings r on r.org_id = j.org_id
    join public.applications a on a.job_id = j.id
    cross join lateral (select public.application_ended_at(a.id) as ended_at) e
   where j.org_id = erasure_schedule.org
     and public.is_org_member(j.org_id, 'owner')
     and (j.status = 'closed' or a.stage = 'rejected' or a.withdrawn_at is not null)
     and e.ended_at + make_interval(days => r.retention_days) <= now() + make_interval(days => least(greatest(within_days, 0), 3650))
   order by 7, a.id
   limit 500
$$;
revoke execute on function public.erasure_schedule(uuid, integer) from public, anon;
grant execute on function public.erasure_schedule(uuid, integer) to authenticated, service_role;

-- What erase-applications erases now: past the retention period and not held.
create function public.expired_applications(max_rows integer default 100)
returns table (application_id uuid, resume_path text)
language sql
stable
security definer
set search_path = ''
as $$
  select a.id, a.resume_path
    from public.applications a
    join public.jobs j on j.id = a.job_id
    join public.retention_settings r on r.org_id = j.org_id
   where a.erasure_hold_at is null
     and (j.status = 'closed' or a.stage = 'rejected' or a.withdrawn_at is not null)
     and public.application_ended_at(a.id) + make_interval(days => r.retention_days) <= now()
   order by a.created_at
   limit greatest(1, least(expired_applications.max_rows, 500))
$$;
revoke execute on function public.expired_applications(integer) from public, anon, authenticated;
grant execute on function public.expired_applications(integer) to service_role;

-- An owner puts an application on hold (or lifts it); anyone else is refused.
create function public.set_erasure_hold(application uuid, hold boolean)
returns timestamptz
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  held timestamptz;
begin
  if not coalesce(public.is_org_member(public.application_org(application), 'owner'), false) then
    raise exception 'Only an owner of the organisation can hold an application.' using errcode = '42501';
  end if;
  update public.applications
     set erasure_hold_at = case when hold then coalesce(erasure_hold_at, now()) end,
         erasure_hold_by = case when hold then coalesce(erasure_hold_by, (select auth.uid())) end
   where id = application
  returning erasure_hold_at into held;
  return held;
end
$$;
revoke execute on function public.set_erasure_hold(uuid, boolean) from public, anon;
grant execute on function public.set_erasure_hold(uuid, boolean) to authenticated, service_role;

-- An owner's erasure request, asked as the owner: the resume path to remove, or a refusal (42501) / nothing (P0002).
create function public.erasure_request(application uuid)
returns text
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  path text;
begin
  if not coalesce(public.is_org_member(public.application_org(application), 'owner'), false) then
    raise exception 'Only an owner of the organisation can erase an application.' using errcode = '42501';
  end if;
  select a.resume_path into path from public.applications a where a.id = application;
  return path;
end
$$;
revoke execute on function public.erasure_request(uuid) from public, anon;
grant execute on function public.erasure_request(uuid) to authenticated, service_role;

-- After the resume is gone from the bucket: the audit entry, then the rows (notes, history, scorecards, emails cascade).
create function public.erase_application_rows(applications uuid[], reason text, actor uuid default null)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  erased integer;
begin
  insert into public.erasure_log (org_id, job_id, application_id, reason, erased_by, applied_at)
  select j.org_id, j.id, a.id, erase_application_rows.reason, actor, a.created_at
    from public.applications a join public.jobs j on j.id = a.job_id
   where a.id = any (erase_application_rows.applications);
  delete from public.upload_grants g using public.applications a
   where a.id = any (erase_application_rows.applications) and g.path = a.resume_path;
  delete from public.applications a where a.id = any (erase_application_rows.applications);
  get diagnostics erased = row_count;
  return erased;
end
$$;
revoke execute on function public.erase_application_rows(uuid[], text, uuid) from public, anon, authenticated;
grant execute on function public.erase_application_rows(uuid[], text, uuid) to service_role;

alter table public.retention_settings enable row level security;
revoke all on table public.retention_settings from anon, authenticated;
grant select on table public.retention_settings to authenticated;
grant update (retention_days) on table public.retention_settings to authenticated;
grant select, insert, update, delete on table public.retention_settings to service_role;
create policy "members read their organization's retention period"
  on public.retention_settings for select to authenticated using (public.is_org_member(org_id));
create policy "owners change their organization's retention period"
  on public.retention_settings for update to authenticated
  using (public.is_org_member(org_id, 'owner')) with check (public.is_org_member(org_id, 'owner'));

-- Hosted: pg_cron runs the retention erasure hourly through pg_net (the local stack's scheduler does the same).
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_cron')
     and exists (select 1 from pg_available_extensions where name = 'pg_net') then
    create extension if not exists pg_cron;
    perform cron.schedule('smart-ats-erase-expired', '17 * * * *', $c$select public.invoke_edge_function('erase-applications', '{}'::jsonb)$c$);
  end if;
end
$$;
