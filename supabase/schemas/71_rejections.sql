-- Rejection reasons and rejecting applications (one by one, in bulk, or by knockout question).

create table public.rejection_reasons (
  id uuid default gen_random_uuid() not null,
  org_id uuid not null,
  label text not null,
  position integer default 0 not null,
  archived boolean default false not null,
  created_at timestamp with time zone default now() not null,
  constraint rejection_reasons_label_check check (((char_length(label) between 1 and 120) and public.has_visible_text(label))),
  constraint rejection_reasons_pkey primary key (id),
  constraint rejection_reasons_org_id_label_key unique (org_id, label),
  constraint rejection_reasons_org_id_fkey foreign key (org_id) references public.organizations(id) on delete cascade
);

alter table public.rejection_reasons enable row level security;

create index rejection_reasons_org_idx on public.rejection_reasons (org_id, "position");

-- Rejection reasons for reports: how many applications each reason rejected, per job, under RLS.
create view public.rejection_reason_counts with (security_invoker=true) as
 select j.org_id,
    a.job_id,
    r.id as reason_id,
    r.label,
    count(*)::integer as applications
   from public.applications a
     join public.jobs j on j.id = a.job_id
     join public.rejection_reasons r on r.id = a.rejection_reason_id
  where a.stage = 'rejected'::text
  group by j.org_id, a.job_id, r.id, r.label;

-- A recruiter keeps a knocked-out application: it goes back to the job's list and no opt-in rule rejects it.
-- Someone outside the organization hears "not found" whether or not the application exists; the service role may keep any.
create or replace function public.keep_knocked_out_application(application uuid)
  returns void
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  org uuid := public.application_org(keep_knocked_out_application.application);
begin
  if coalesce((select auth.role()), '') = 'service_role' then
    null;
  elsif org is null or not public.is_org_member(org) then
    raise exception 'No such application' using errcode = 'PT404';
  elsif not public.is_org_member(org, 'recruiter') then
    raise exception 'Only recruiters and owners can keep a knocked-out application' using errcode = '42501';
  end if;
  update public.applications
  set knockout_kept_at = now(), knockout_kept_by = (select auth.uid())
  where id = keep_knocked_out_application.application and knockout is not null and knockout_kept_at is null;
end
$function$;
revoke all on function public.keep_knocked_out_application(application uuid) from public, anon, authenticated, service_role;
grant execute on function public.keep_knocked_out_application(application uuid) to authenticated, service_role;

create or replace function public.create_org_rejection_reasons()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  insert into public.rejection_reasons (org_id, label, position)
  select new.id, r.label, r.position
    from unnest(array['Skills do not match the role', 'Not enough experience', 'Another candidate was a better fit',
                      'Position filled or closed', 'Salary expectations', 'No response from the candidate', 'Other'])
         with ordinality as r(label, position)
  on conflict do nothing;
  return null;
end
$function$;
revoke all on function public.create_org_rejection_reasons() from public, anon, authenticated, service_role;
grant execute on function public.create_org_rejection_reasons() to service_role;

-- Leaving 'rejected' (any path) forgets the reason and cancels a rejection email still waiting.
create or replace function public.leave_rejection()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  if old.stage = 'rejected' and new.stage <> 'rejected' then
    new.rejection_reason_id := null;
    update public.email_outbox
       set status = 'cancelled', cancelled_at = now(), cancelled_by = (select auth.uid())
     where application_id = new.id and template = 'rejection' and status = 'pending';
  end if;
  return new;
end
$function$;
revoke all on function public.leave_rejection() from public, anon, authenticated, service_role;
grant execute on function public.leave_rejection() to service_role;

-- Rejects applications of one organisation with one of its reasons, optionally queueing the rejection email after the
-- organisation's delay. Callers: recruiters and owners of that organisation, and the service role (scheduled
-- knockout rejections). Applications already rejected keep their reason and email; withdrawn ones are rejected
-- without an email. An id the caller may not reject answers exactly like an unknown one.
-- Answers { rejected, alreadyRejected, emailsQueued, sendAfter }.
create or replace function public.reject_applications(application_ids uuid[], reason_id uuid, send_email boolean)
  returns jsonb
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  -- No JWT role at all is a direct database session (pg_cron, the admin CLI), trusted like the service role.
  service boolean := coalesce((select auth.role()), 'service_role') = 'service_role';
  reason record;
  ids uuid[];
  found_count integer;
  delay integer;
  rejected integer := 0;
  already integer := 0;
  queued integer := 0;
  due timestamptz;
begin
  select array_agg(distinct x) into ids from unnest(application_ids) x where x is not null;
  if ids is null or cardinality(ids) = 0 or cardinality(ids) > 500 then
    raise exception 'Choose between 1 and 500 applications to reject.' using errcode = '22023';
  end if;
  if send_email is null then
    raise exception 'Say whether to send the rejection email.' using errcode = '22023';
  end if;

  select r.id, r.org_id, r.archived into reason from public.rejection_reasons r where r.id = reason_id;
  if reason.id is null or not (service or public.is_org_member(reason.org_id, 'recruiter')) then
    raise exception 'Choose a rejection reason from your organization''s list.' using errcode = '22023';
  end if;
  if reason.archived then
    raise exception 'That rejection reason is no longer offered; choose another.' using errcode = '22023';
  end if;

  -- Every application must be of the reason's organisation (which the caller recruits for), or nothing happens.
  perform 1 from public.applications a join public.jobs j on j.id = a.job_id
   where a.id = any (ids) and j.org_id = reason.org_id
   for update of a;
  get diagnostics found_count = row_count;
  if found_count <> cardinality(ids) then
    raise exception 'Some of these applications were not found.' using errcode = 'PT404';
  end if;

  select s.rejection_delay_minutes into delay from public.email_settings s where s.org_id = reason.org_id;
  due := now() + make_interval(mins => coalesce(delay, 1440));

  select count(*) into already from public.applications a where a.id = any (ids) and a.stage = 'rejected';

  with moved as (
    update public.applications a set stage = 'rejected', rejection_reason_id = reason.id
     where a.id = any (ids) and a.stage <> 'rejected'
    returning a.id, a.email, a.withdrawn_at
  ), mails as (
    insert into public.email_outbox (org_id, application_id, template, to_address, send_after, created_by, status, last_error)
    select reason.org_id, m.id, 'rejection', m.email, due, (select auth.uid()),
           case when public.is_sendable_email_address(m.email) then 'pending' else 'failed' end,
           case when public.is_sendable_email_address(m.email) then null else 'This address cannot receive email.' end
      from moved m
     where send_email and m.withdrawn_at is null
    returning 1
  )
  select (select count(*) from moved), (select count(*) from mails) into rejected, queued;

  return jsonb_build_object('rejected', rejected, 'alreadyRejected', already, 'emailsQueued', queued,
                            'sendAfter', case when queued > 0 then due end);
end
$function$;
revoke all on function public.reject_applications(application_ids uuid[], reason_id uuid, send_email boolean) from public, anon, authenticated, service_role;
grant execute on function public.reject_applications(application_ids uuid[], reason_id uuid, send_email boolean) to authenticated, service_role;

-- The job's opt-in rule: knocked-out applications nobody kept, still applied or in screening, are rejected once they
-- are the job's number of days old, through reject_applications with the organisation's "Knocked out by a screening
-- question" reason and the rejection email. Run by the scheduler (local stack) or pg_cron (hosted); answers how many.
create or replace function public.reject_knocked_out_applications()
  returns integer
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  org record;
  reason uuid;
  ids uuid[];
  total integer := 0;
begin
  if coalesce((select auth.role()), 'service_role') <> 'service_role' then
    raise exception 'Only the scheduler rejects knocked-out applications' using errcode = '42501';
  end if;
  for org in
    select j.org_id, array_agg(a.id order by a.created_at) as ids
      from public.applications a join public.jobs j on j.id = a.job_id
     where j.knockout_reject_after_days is not null
       and a.knockout is not null and a.knockout_kept_at is null and a.withdrawn_at is null
       and a.stage in ('applied', 'screening')
       and a.created_at <= now() - make_interval(days => j.knockout_reject_after_days)
     group by j.org_id
  loop
    insert into public.rejection_reasons (org_id, label, position)
    values (org.org_id, 'Knocked out by a screening question', 100)
    -- The rule needs its reason offered: an owner who archived it gets it back rather than a rule that silently stops.
    on conflict (org_id, label) do update set archived = false
    returning id into reason;
    ids := org.ids[1:500];
    perform public.reject_applications(ids, reason, true);
    total := total + cardinality(ids);
  end loop;
  return total;
end
$function$;
revoke all on function public.reject_knocked_out_applications() from public, anon, authenticated, service_role;
grant execute on function public.reject_knocked_out_applications() to service_role;

alter table public.applications add constraint applications_rejection_reason_id_fkey foreign key (rejection_reason_id) references public.rejection_reasons(id);

create trigger organizations_rejection_reasons after insert on public.organizations for each row execute function public.create_org_rejection_reasons();

create trigger applications_leave_rejection before update of stage on public.applications for each row when ((old.stage is distinct from new.stage)) execute function public.leave_rejection();

create policy "members read their organization's rejection reasons" on public.rejection_reasons for select to authenticated
  using (public.is_org_member(org_id));

create policy "owners add rejection reasons" on public.rejection_reasons for insert to authenticated
  with check (public.is_org_member(org_id, 'owner'::text));

create policy "owners edit rejection reasons" on public.rejection_reasons for update to authenticated
  using (public.is_org_member(org_id, 'owner'::text))
  with check (public.is_org_member(org_id, 'owner'::text));

revoke all on table public.rejection_reasons from anon, authenticated, service_role;

grant all on table public.rejection_reasons to service_role;

grant insert, select on table public.rejection_reasons to authenticated;

grant update (label, position, archived) on table public.rejection_reasons to authenticated;

revoke all on table public.rejection_reason_counts from anon, authenticated, service_role;

grant all on table public.rejection_reason_counts to service_role;

grant select on table public.rejection_reason_counts to authenticated;
