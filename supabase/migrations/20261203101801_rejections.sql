-- Why: the one rejection path (public.reject_applications): a reason from the organisation's list, stored and reported, and an optional rejection email that waits the organisation's delay and can be cancelled meanwhile.

create table public.rejection_reasons (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  label text not null check (char_length(label) between 1 and 120 and public.has_visible_text(label)),
  position integer not null default 0,
  archived boolean not null default false,
  created_at timestamptz not null default now(),
  unique (org_id, label)
);
create index rejection_reasons_org_idx on public.rejection_reasons (org_id, position);

create function public.create_org_rejection_reasons()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.rejection_reasons (org_id, label, position)
  select new.id, r.label, r.position
    from unnest(array['Skills do not match the role', 'Not enough experience', 'Another candidate was a better fit',
                      'Position filled or closed', 'Salary expectations', 'No response from the candidate', 'Other'])
         with ordinality as r(label, position)
  on conflict do nothing;
  return null;
end
$$;
revoke execute on function public.create_org_rejection_reasons() from public, anon, authenticated;
create trigger organizations_rejection_reasons after insert on public.organizations
  for each row execute function public.create_org_rejection_reasons();

insert into public.rejection_reasons (org_id, label, position)
select o.id, r.label, r.position
  from public.organizations o
  cross join unnest(array['Skills do not match the role', 'Not enough experience', 'Another candidate was a better fit',
                          'Position filled or closed', 'Salary expectations', 'No response from the candidate', 'Other'])
       with ordinality as r(label, position)
on conflict do nothing;

alter table public.rejection_reasons enable row level security;
revoke all on table public.rejection_reasons from anon, authenticated;
grant select, insert on table public.rejection_reasons to authenticated;
grant update (label, position, archived) on table public.rejection_reasons to authenticated;
grant select, insert, update, delete on table public.rejection_reasons to service_role;

create policy "members read their organization's rejection reasons"
  on public.rejection_reasons for select to authenticated using (public.is_org_member(org_id));
create policy "owners add rejection reasons"
  on public.rejection_reasons for insert to authenticated with check (public.is_org_member(org_id, 'owner'));
create policy "owners edit rejection reasons"
  on public.rejection_reasons for update to authenticated
  using (public.is_org_member(org_id, 'owner')) with check (public.is_org_member(org_id, 'owner'));

-- The reason of a rejected application; set only by reject_applications, cleared when it leaves 'rejected'.
alter table public.applications add column rejection_reason_id uuid references public.rejection_reasons (id);
create index applications_rejection_reason_idx on public.applications (rejection_reason_id) where rejection_reason_id is not null;
grant select (rejection_reason_id) on table public.applications to authenticated;

-- Leaving 'rejected' (any path) forgets the reason and cancels a rejection email still waiting.
create function public.leave_rejection()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if old.stage = 'rejected' and new.stage <> 'rejected' then
    new.rejection_reason_id := null;
    update public.email_outbox
       set status = 'cancelled', cancelled_at = now(), cancelled_by = (select auth.uid())
     where application_id = new.id and template = 'rejection' and status = 'pending';
  end if;
  return new;
end
$$;
revoke execute on function public.leave_rejection() from public, anon, authenticated;
create trigger applications_leave_rejection before update of stage on public.applications
  for each row when (old.stage is distinct from new.stage) execute function public.leave_rejection();

-- Rejects applications of one organisation with one of its reasons, optionally queueing the rejection email after the
-- organisation's delay. Callers: recruiters and owners of that organisation, and the service role (scheduled
-- knockout rejections). Applications already rejected keep their reason and email; withdrawn ones are rejected
-- without an email. An id the caller may not reject answers exactly like an unknown one.
-- Answers { rejected, alreadyRejected, emailsQueued, sendAfter }.
create function public.reject_applications(application_ids uuid[], reason_id uuid, send_email boolean)
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
    raise exception 'Some of these applications were not found.' using errcode = 'P0002';
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
revoke execute on function public.reject_applications(uuid[], uuid, boolean) from public, anon;
grant execute on function public.reject_applications(uuid[], uuid, boolean) to authenticated, service_role;

-- Cancels an email that is still waiting (typically a rejection within its delay). Recruiters of the application's
-- organisation only; an email that is being sent or was sent can no longer be cancelled.
create function public.cancel_email(email_id uuid)
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
    raise exception 'This email was not found.' using errcode = 'P0002';
  end if;
  if mail.status = 'cancelled' then
    return jsonb_build_object('status', 'cancelled');
  end if;
  if mail.status <> 'pending' then
    raise exception 'This email is already being sent or was sent, so it can no longer be cancelled.' using errcode = '55000';
  end if;
  update public.email_outbox set status = 'cancelled', cancelled_at = now(), cancelled_by = (select auth.uid()) where id = mail.id;
  return jsonb_build_object('status', 'cancelled');
end
$$;
revoke execute on function public.cancel_email(uuid) from public, anon;
grant execute on function public.cancel_email(uuid) to authenticated, service_role;

-- A stage email (interview invitation, offer) from the organisation's template, sent now, by a recruiter.
create function public.send_stage_email(application_id uuid, template text)
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
    raise exception 'This application was not found.' using errcode = 'P0002';
  end if;
  if app.withdrawn_at is not null then
    raise exception 'The candidate withdrew this application, so no email is sent.' using errcode = '55000';
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
revoke execute on function public.send_stage_email(uuid, text) from public, anon;
grant execute on function public.send_stage_email(uuid, text) to authenticated, service_role;

-- Withdrawing cancels whatever still waits for that candidate.
create function public.cancel_emails_on_withdrawal()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.email_outbox set status = 'cancelled', cancelled_at = now()
   where application_id = new.id and status = 'pending' and template <> 'received';
  return null;
end
$$;
revoke execute on function public.cancel_emails_on_withdrawal() from public, anon, authenticated;
create trigger applications_cancel_emails_on_withdrawal after update of withdrawn_at on public.applications
  for each row when (old.withdrawn_at is null and new.withdrawn_at is not null)
  execute function public.cancel_emails_on_withdrawal();

-- Rejection reasons for reports: how many applications each reason rejected, per job, under RLS.
create view public.rejection_reason_counts with (security_invoker = true) as
  select j.org_id, a.job_id, r.id as reason_id, r.label, count(*)::integer as applications
    from public.applications a
    join public.jobs j on j.id = a.job_id
    join public.rejection_reasons r on r.id = a.rejection_reason_id
   where a.stage = 'rejected'
   group by j.org_id, a.job_id, r.id, r.label;
revoke all on public.rejection_reason_counts from anon, authenticated;
grant select on public.rejection_reason_counts to authenticated, service_role;
