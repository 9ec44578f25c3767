-- Why: PostgREST answers 500 for SQLSTATE P0002 and 55000, so the email RPCs' "not found" and "too late" now raise PT404 and PT409 (HTTP 404 and 409 with the same message).

create or replace function public.reject_applications(application_ids uuid[], reason_id uuid, send_email boolean)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
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
$$;

create or replace function public.cancel_email(email_id uuid)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  mail record;
begin
  select o.id, o.org_id, o.status, o.application_id into mail from public.email_outbox o where o.id = email_id for update;
  if mail.id is null or mail.application_id is null or not public.is_org_member(mail.org_id, 'recruiter') then
    raise exception 'This email was not found.' using errcode = 'PT404';
  end if;
  if mail.status = 'cancelled' then
    return jsonb_build_object('status', 'cancelled');
  end if;
  if mail.status <> 'pending' then
    raise exception 'This email is already being sent or was sent, so it can no longer be cancelled.' using errcode = 'PT409';
  end if;
  update public.email_outbox set status = 'cancelled', cancelled_at = now(), cancelled_by = (select auth.uid()) where id = mail.id;
  return jsonb_build_object('status', 'cancelled');
end
$$;

create or replace function public.send_stage_email(application_id uuid, template text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  app record;
  mail_id uuid;
begin
  if template is null or template not in ('interview', 'offer') then
    raise exception 'Choose the interview invitation or the offer template.' using errcode = '22023';
  end if;
  select a.id, a.email, a.withdrawn_at, j.org_id into app
    from public.applications a join public.jobs j on j.id = a.job_id where a.id = send_stage_email.application_id;
  if app.id is null or not public.is_org_member(app.org_id, 'recruiter') then
    raise exception 'This application was not found.' using errcode = 'PT404';
  end if;
  if app.withdrawn_at is not null then
    raise exception 'The candidate withdrew this application, so no email is sent.' using errcode = 'PT409';
  end if;
  if not public.is_sendable_email_address(app.email) then
    raise exception 'The candidate''s address cannot receive email.' using errcode = '22023';
  end if;
  insert into public.email_outbox (org_id, application_id, template, to_address, created_by)
  values (app.org_id, app.id, template, app.email, (select auth.uid()))
  returning id into mail_id;
  return jsonb_build_object('id', mail_id, 'status', 'pending');
end
$$;
