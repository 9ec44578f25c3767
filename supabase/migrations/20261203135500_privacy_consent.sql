-- Why: each organisation publishes a privacy notice (text or a link, every change a new version); once it has one, an
-- application is only admitted with consent to its current version, stored with the time, plus an optional
-- "keep me in mind for other roles" consent; and knocked-out applications a job opted in are rejected on schedule.

create table public.privacy_notices (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  -- 1, 2, 3 … per organisation, set by privacy_notices_number (a client never picks it).
  version integer not null default 0,
  body text not null default '' constraint privacy_notices_body_length check (char_length(body) <= 20000),
  url text constraint privacy_notices_url_shape check (url ~* '^https://[^\s/]+\.[^\s]+$' and char_length(url) <= 2048),
  created_at timestamptz not null default now(),
  created_by uuid references auth.users (id) on delete set null,
  unique (org_id, version),
  constraint privacy_notices_text_or_url check (public.has_visible_text(body) or url is not null)
);

-- Versions are numbered in order and stamped with their author; a published version never changes (no update grant).
create function public.privacy_notices_number()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform pg_advisory_xact_lock(hashtext('privacy_notices:' || new.org_id::text));
  new.version := coalesce((select max(n.version) from public.privacy_notices n where n.org_id = new.org_id), 0) + 1;
  new.created_at := now();
  new.created_by := (select auth.uid());
  return new;
end
$$;
revoke execute on function public.privacy_notices_number() from public, anon, authenticated;
create trigger privacy_notices_number before insert on public.privacy_notices
  for each row execute function public.privacy_notices_number();

-- The organisation's notice candidates must agree to now: its latest version.
create function public.current_privacy_notice(org uuid)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select n.id from public.privacy_notices n where n.org_id = current_privacy_notice.org order by n.version desc limit 1
$$;
revoke execute on function public.current_privacy_notice(uuid) from public;
grant execute on function public.current_privacy_notice(uuid) to anon, authenticated, service_role;

alter table public.privacy_notices enable row level security;
revoke all on table public.privacy_notices from anon, authenticated;
grant select on table public.privacy_notices to anon, authenticated;
grant insert (org_id, body, url) on table public.privacy_notices to authenticated;
grant all on table public.privacy_notices to service_role;

-- Members read every version; anyone reads the current one of an organisation with an open job (the apply form).
create policy "members read their organization's privacy notices" on public.privacy_notices
  for select to authenticated using (public.is_org_member(org_id));
create policy "candidates read the current notice of an organization that is hiring" on public.privacy_notices
  for select to anon, authenticated
  using (id = public.current_privacy_notice(org_id) and exists (select 1 from public.jobs j where j.org_id = privacy_notices.org_id and j.status = 'open'));
create policy "owners publish privacy notices" on public.privacy_notices
  for insert to authenticated with check (public.is_org_member(org_id, 'owner'));

alter table public.applications
  add column privacy_notice_id uuid references public.privacy_notices (id),
  add column privacy_consent_at timestamptz,
  add column talent_pool_consent boolean not null default false;
create index applications_privacy_notice_idx on public.applications (privacy_notice_id) where privacy_notice_id is not null;
grant insert (privacy_notice_id, talent_pool_consent) on table public.applications to anon, authenticated;
-- Members read applications column by column (20261128500100_application_status_page.sql).
grant select (privacy_notice_id, privacy_consent_at, talent_pool_consent) on table public.applications to authenticated;

-- The consent time is the database's, never the browser's.
create function public.stamp_privacy_consent()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.privacy_consent_at := case when new.privacy_notice_id is not null then now() end;
  return new;
end
$$;
revoke execute on function public.stamp_privacy_consent() from public, anon, authenticated;
create trigger applications_stamp_privacy_consent before insert on public.applications
  for each row execute function public.stamp_privacy_consent();

-- After the insert policy admitted the row, like the answers check: the error rolls the insert back and leaves the
-- upload grant unused, so the candidate agrees and sends again without a new upload.
create function public.check_privacy_consent()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  required uuid := public.current_privacy_notice((select j.org_id from public.jobs j where j.id = new.job_id));
begin
  if required is null or new.privacy_notice_id = required then
    return null;
  end if;
  if new.privacy_notice_id is null then
    raise exception 'Agree to the privacy notice to apply'
      using errcode = '23514', constraint = 'applications_privacy_consent_required',
            hint = 'Consent to the organization''s current privacy notice is required.';
  end if;
  raise exception 'The privacy notice has changed since you opened the form; read the new version and agree to it'
    using errcode = '23514', constraint = 'applications_privacy_consent_required',
          hint = 'Consent to the organization''s current privacy notice is required.';
end
$$;
revoke execute on function public.check_privacy_consent() from public, anon, authenticated;
create trigger applications_check_privacy_consent after insert on public.applications
  for each row when (current_user in ('anon', 'authenticated'))
  execute function public.check_privacy_consent();

-- The job's opt-in rule: knocked-out applications nobody kept, still applied or in screening, are rejected once they
-- are the job's number of days old, through reject_applications with the organisation's "Knocked out by a screening
-- question" reason and the rejection email. Run by the scheduler (local stack) or pg_cron (hosted); answers how many.
create function public.reject_knocked_out_applications()
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
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
$$;
revoke execute on function public.reject_knocked_out_applications() from public, anon, authenticated;
grant execute on function public.reject_knocked_out_applications() to service_role;

-- Hosted: pg_cron runs the rule every hour (the local stack's scheduler runs it every minute).
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_cron') then
    create extension if not exists pg_cron;
    perform cron.schedule('smart-ats-reject-knocked-out', '17 * * * *', $c$select public.reject_knocked_out_applications()$c$);
  end if;
end
$$;
