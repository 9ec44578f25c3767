-- Why: members hear of new applications to the jobs they follow (none, each one, or a daily digest), through the outbox.

-- Each member's choice, one row per membership (made with it, removed with it); members change only their own.
create table public.notification_preferences (
  org_id uuid not null,
  user_id uuid not null,
  new_applications text not null default 'each' check (new_applications in ('none', 'each', 'daily')),
  -- The end of the window the last digest covered: the next one lists what arrived after it.
  last_digest_at timestamptz,
  updated_at timestamptz not null default now(),
  primary key (org_id, user_id),
  foreign key (org_id, user_id) references public.memberships (org_id, user_id) on delete cascade
);
create index notification_preferences_user_idx on public.notification_preferences (user_id);
create index notification_preferences_daily_idx on public.notification_preferences (last_digest_at) where new_applications = 'daily';
create trigger notification_preferences_touch_updated_at before update on public.notification_preferences
  for each row execute function public.touch_updated_at();

-- Choosing the digest starts its window now, so the first digest never reports what arrived before the choice.
create function public.start_digest_window()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.new_applications = 'daily' and (tg_op = 'INSERT' or old.new_applications <> 'daily') then
    new.last_digest_at := now();
  end if;
  return new;
end
$$;
create trigger notification_preferences_start_digest before insert or update of new_applications on public.notification_preferences
  for each row execute function public.start_digest_window();

create function public.create_notification_preferences()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.notification_preferences (org_id, user_id) values (new.org_id, new.user_id) on conflict do nothing;
  return null;
end
$$;
revoke execute on function public.create_notification_preferences() from public, anon, authenticated;
create trigger memberships_notification_preferences after insert on public.memberships
  for each row execute function public.create_notification_preferences();
insert into public.notification_preferences (org_id, user_id) select org_id, user_id from public.memberships on conflict do nothing;

-- The jobs a member follows. org_id comes from the job, so a follow ends with the membership it belongs to.
create table public.job_follows (
  job_id uuid not null references public.jobs (id) on delete cascade,
  user_id uuid not null default auth.uid(),
  org_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (job_id, user_id),
  foreign key (org_id, user_id) references public.memberships (org_id, user_id) on delete cascade
);
create index job_follows_member_idx on public.job_follows (org_id, user_id);
create index job_follows_user_idx on public.job_follows (user_id);

create function public.stamp_job_follow_org()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.org_id := public.job_org(new.job_id);
  return new;
end
$$;
revoke execute on function public.stamp_job_follow_org() from public, anon, authenticated;
create trigger job_follows_stamp_org before insert on public.job_follows
  for each row execute function public.stamp_job_follow_org();

alter table public.notification_preferences enable row level security;
revoke all on table public.notification_preferences from anon, authenticated;
grant select, update (new_applications) on table public.notification_preferences to authenticated;
grant select, insert, update, delete on table public.notification_preferences to service_role;

create policy "members read their own notification preferences"
  on public.notification_preferences for select to authenticated
  using (user_id = (select auth.uid()));
create policy "members change their own notification preferences"
  on public.notification_preferences for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

alter table public.job_follows enable row level security;
revoke all on table public.job_follows from anon, authenticated;
grant select, insert (job_id), delete on table public.job_follows to authenticated;
grant select, insert, update, delete on table public.job_follows to service_role;

create policy "members read the jobs they follow"
  on public.job_follows for select to authenticated
  using (user_id = (select auth.uid()));
create policy "members follow their organization's jobs"
  on public.job_follows for insert to authenticated
  with check (user_id = (select auth.uid()) and public.is_org_member(org_id));
create policy "members unfollow the jobs they follow"
  on public.job_follows for delete to authenticated
  using (user_id = (select auth.uid()));

-- A candidate's own application: the confirmation to them and, in the same transaction, one email to each member
-- who follows the job and chose "each". Imports and admin writes email nobody.
create or replace function public.queue_application_emails()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  org uuid := public.job_org(new.job_id);
begin
  if coalesce((select auth.role()), '') not in ('anon', 'authenticated') then
    return null;
  end if;
  insert into public.email_outbox (org_id, application_id, template, to_address, status, last_error)
  values (org, new.id, 'received', new.email,
    case when public.is_sendable_email_address(new.email) then 'pending' else 'failed' end,
    case when public.is_sendable_email_address(new.email) then null else 'This address cannot receive email.' end);
  insert into public.email_outbox (org_id, recipient_user, template, to_address, payload)
  select org, u.id, 'new_application', u.email,
         jsonb_build_object('applicationId', new.id, 'jobId', j.id, 'jobTitle', left(j.title, 200), 'candidateName', left(new.full_name, 200))
    from public.job_follows f
    join public.notification_preferences p on p.org_id = f.org_id and p.user_id = f.user_id
    join public.jobs j on j.id = f.job_id
    join auth.users u on u.id = f.user_id
   where f.job_id = new.job_id and p.new_applications = 'each' and public.is_sendable_email_address(u.email);
  return null;
end
$$;
revoke execute on function public.queue_application_emails() from public, anon, authenticated;

-- One digest per member and organisation whose last one is a day old: the applications (not withdrawn) that arrived
-- at the jobs they follow since then. Nothing arrived, nothing sent; the window moves on either way.
create function public.queue_daily_digests()
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  queued integer;
begin
  with due as (
    select p.org_id, p.user_id, p.last_digest_at as since
      from public.notification_preferences p
     where p.new_applications = 'daily' and p.last_digest_at <= now() - interval '1 day'
     for update skip locked
  ), moved as (
    update public.notification_preferences p set last_digest_at = now()
      from due d where p.org_id = d.org_id and p.user_id = d.user_id
  ), arrived as (
    select d.org_id, d.user_id, j.id as job_id, left(j.title, 120) as title, count(*) as n,
           row_number() over (partition by d.org_id, d.user_id order by count(*) desc, j.title) as rank
      from due d
      join public.job_follows f on f.org_id = d.org_id and f.user_id = d.user_id
      join public.jobs j on j.id = f.job_id
      join public.applications a on a.job_id = j.id and a.created_at > d.since and a.created_at <= now() and a.withdrawn_at is null
     group by d.org_id, d.user_id, j.id, j.title
  ), digests as (
    insert into public.email_outbox (org_id, recipient_user, template, to_address, payload)
    select r.org_id, r.user_id, 'daily_digest', u.email,
           jsonb_build_object(
             'total', sum(r.n),
             -- At most 40 jobs by name, so the payload stays small; the total counts them all.
             'jobs', jsonb_agg(jsonb_build_object('jobId', r.job_id, 'title', r.title, 'count', r.n) order by r.rank) filter (where r.rank <= 40))
      from arrived r
      join auth.users u on u.id = r.user_id
     where public.is_sendable_email_address(u.email)
     group by r.org_id, r.user_id, u.email
    returning 1
  )
  select count(*) into queued from digests;
  return queued;
end
$$;
revoke execute on function public.queue_daily_digests() from public, anon, authenticated;
grant execute on function public.queue_daily_digests() to service_role;

-- Hosted: pg_cron looks for due digests every hour (the local stack's scheduler every minute).
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_cron') then
    create extension if not exists pg_cron;
    perform cron.schedule('smart-ats-daily-digests', '23 * * * *', $c$select public.queue_daily_digests()$c$);
  end if;
end
$$;
