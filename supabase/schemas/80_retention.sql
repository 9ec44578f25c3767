-- Retention and erasure: how long applications are kept, holds, and the log of what was erased.

create table public.retention_settings (
  org_id uuid not null,
  retention_days integer default 180 not null,
  updated_at timestamp with time zone default now() not null,
  constraint retention_settings_retention_days_check check (((retention_days >= 30) and (retention_days <= 3650))),
  constraint retention_settings_pkey primary key (org_id),
  constraint retention_settings_org_id_fkey foreign key (org_id) references public.organizations(id) on delete cascade
);

alter table public.retention_settings enable row level security;

-- What was erased, when, why and by whom — never who the candidate was.
create table public.erasure_log (
  id bigint generated always as identity not null,
  org_id uuid not null,
  job_id uuid,
  application_id uuid not null,
  reason text not null,
  erased_by uuid,
  applied_at timestamp with time zone not null,
  erased_at timestamp with time zone default now() not null,
  constraint erasure_log_reason_check check ((reason = any (array['retention'::text, 'request'::text]))),
  constraint erasure_log_pkey primary key (id),
  constraint erasure_log_org_id_fkey foreign key (org_id) references public.organizations(id) on delete cascade,
  constraint erasure_log_job_id_fkey foreign key (job_id) references public.jobs(id) on delete set null,
  constraint erasure_log_erased_by_fkey foreign key (erased_by) references auth.users(id) on delete set null
);

alter table public.erasure_log enable row level security;

create index erasure_log_org_idx on public.erasure_log (org_id, erased_at desc);

create or replace function public.request_resume_deletion_trigger()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  perform public.invoke_edge_function('withdraw-application', jsonb_build_object('applicationId', new.id));
  return null;
end
$function$;
revoke all on function public.request_resume_deletion_trigger() from public, anon, authenticated, service_role;
grant execute on function public.request_resume_deletion_trigger() to service_role;

create or replace function public.create_org_retention_settings()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  insert into public.retention_settings (org_id) values (new.id) on conflict do nothing;
  return null;
end
$function$;
revoke all on function public.create_org_retention_settings() from public, anon, authenticated, service_role;
grant execute on function public.create_org_retention_settings() to service_role;

-- When the application ended: rejected, withdrawn or its job closed, whichever came first (null while in play).
create or replace function public.application_ended_at(application uuid)
  returns timestamp with time zone
  language sql
  stable security definer
  set search_path to ''
as $function$
  select least(
    a.withdrawn_at,
    case when a.stage = 'rejected' then coalesce(
      (select max(e.at) from public.stage_events e where e.application_id = a.id and e.to_stage = 'rejected'), a.updated_at) end,
    case when j.status = 'closed' then coalesce(j.closed_at, j.updated_at) end)
  from public.applications a join public.jobs j on j.id = a.job_id
  where a.id = application_ended_at.application
$function$;
revoke all on function public.application_ended_at(application uuid) from public, anon, authenticated, service_role;
grant execute on function public.application_ended_at(application uuid) to authenticated, service_role;

-- Owners' view of what the retention period erases within `within_days` (held ones included, marked).
create or replace function public.erasure_schedule(org uuid, within_days integer default 30)
  returns table(application_id uuid, job_id uuid, job_title text, full_name text, stage text, ended_at timestamp with time zone, erase_on timestamp with time zone, on_hold boolean)
  language sql
  stable
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.erasure_schedule(org uuid, within_days integer) from public, anon, authenticated, service_role;
grant execute on function public.erasure_schedule(org uuid, within_days integer) to authenticated, service_role;

-- What erase-applications erases now: past the retention period and not held.
create or replace function public.expired_applications(max_rows integer default 100)
  returns table(application_id uuid, resume_path text)
  language sql
  stable security definer
  set search_path to ''
as $function$
  select a.id, a.resume_path
    from public.applications a
    join public.jobs j on j.id = a.job_id
    join public.retention_settings r on r.org_id = j.org_id
   where a.erasure_hold_at is null
     and (j.status = 'closed' or a.stage = 'rejected' or a.withdrawn_at is not null)
     and public.application_ended_at(a.id) + make_interval(days => r.retention_days) <= now()
   order by a.created_at
   limit greatest(1, least(expired_applications.max_rows, 500))
$function$;
revoke all on function public.expired_applications(max_rows integer) from public, anon, authenticated, service_role;
grant execute on function public.expired_applications(max_rows integer) to service_role;

-- An owner puts an application on hold (or lifts it); anyone else is refused.
create or replace function public.set_erasure_hold(application uuid, hold boolean)
  returns timestamp with time zone
  language plpgsql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.set_erasure_hold(application uuid, hold boolean) from public, anon, authenticated, service_role;
grant execute on function public.set_erasure_hold(application uuid, hold boolean) to authenticated, service_role;

-- An owner's erasure request, asked as the owner: the resume path to remove, or a refusal (42501) / nothing (P0002).
create or replace function public.erasure_request(application uuid)
  returns text
  language plpgsql
  stable security definer
  set search_path to ''
as $function$
declare
  path text;
begin
  if not coalesce(public.is_org_member(public.application_org(application), 'owner'), false) then
    raise exception 'Only an owner of the organisation can erase an application.' using errcode = '42501';
  end if;
  select a.resume_path into path from public.applications a where a.id = application;
  return path;
end
$function$;
revoke all on function public.erasure_request(application uuid) from public, anon, authenticated, service_role;
grant execute on function public.erasure_request(application uuid) to authenticated, service_role;

-- After the resume is gone from the bucket: the audit entry, then the rows (notes, history, scorecards, emails cascade).
create or replace function public.erase_application_rows(applications uuid[], reason text, actor uuid default null::uuid)
  returns integer
  language plpgsql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.erase_application_rows(applications uuid[], reason text, actor uuid) from public, anon, authenticated, service_role;
grant execute on function public.erase_application_rows(applications uuid[], reason text, actor uuid) to service_role;

create trigger retention_settings_touch_updated_at before update on public.retention_settings for each row execute function public.touch_updated_at();

create trigger organizations_retention_settings after insert on public.organizations for each row execute function public.create_org_retention_settings();

create policy "owners read their organization's erasure log" on public.erasure_log for select to authenticated
  using (public.is_org_member(org_id, 'owner'::text));

create policy "members read their organization's retention period" on public.retention_settings for select to authenticated
  using (public.is_org_member(org_id));

create policy "owners change their organization's retention period" on public.retention_settings for update to authenticated
  using (public.is_org_member(org_id, 'owner'::text))
  with check (public.is_org_member(org_id, 'owner'::text));

revoke all on table public.retention_settings from anon, authenticated, service_role;

grant all on table public.retention_settings to service_role;

grant select on table public.retention_settings to authenticated;

grant update (retention_days) on table public.retention_settings to authenticated;

revoke all on table public.erasure_log from anon, authenticated, service_role;

grant all on table public.erasure_log to service_role;

grant select on table public.erasure_log to authenticated;

revoke all on sequence public.erasure_log_id_seq from anon, authenticated, service_role;

grant all on sequence public.erasure_log_id_seq to anon;

grant all on sequence public.erasure_log_id_seq to authenticated;

grant all on sequence public.erasure_log_id_seq to service_role;
