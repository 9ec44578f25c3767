-- Members' notifications: the jobs each member follows and how they hear of new applications (none, each, a daily digest).

create table public.notification_preferences (
  org_id uuid not null,
  user_id uuid not null,
  new_applications text default 'each'::text not null,
  last_digest_at timestamp with time zone,
  updated_at timestamp with time zone default now() not null,
  constraint notification_preferences_pkey primary key (org_id, user_id),
  constraint notification_preferences_new_applications_check check ((new_applications = any (array['none'::text, 'each'::text, 'daily'::text]))),
  constraint notification_preferences_org_id_user_id_fkey foreign key (org_id, user_id) references public.memberships(org_id, user_id) on delete cascade
);

alter table public.notification_preferences enable row level security;

create index notification_preferences_user_idx on public.notification_preferences (user_id);

create index notification_preferences_daily_idx on public.notification_preferences (last_digest_at) where (new_applications = 'daily'::text);

create table public.job_follows (
  job_id uuid not null,
  user_id uuid default auth.uid() not null,
  org_id uuid not null,
  created_at timestamp with time zone default now() not null,
  constraint job_follows_pkey primary key (job_id, user_id),
  constraint job_follows_job_id_fkey foreign key (job_id) references public.jobs(id) on delete cascade,
  constraint job_follows_org_id_user_id_fkey foreign key (org_id, user_id) references public.memberships(org_id, user_id) on delete cascade
);

alter table public.job_follows enable row level security;

create index job_follows_member_idx on public.job_follows (org_id, user_id);

create index job_follows_user_idx on public.job_follows (user_id);

create or replace function public.start_digest_window()
  returns trigger
  language plpgsql
  set search_path to ''
as $function$
begin
  if new.new_applications = 'daily' and (tg_op = 'INSERT' or old.new_applications <> 'daily') then
    new.last_digest_at := now();
  end if;
  return new;
end
$function$;
revoke all on function public.start_digest_window() from public, anon, authenticated, service_role;
grant execute on function public.start_digest_window() to public, anon, authenticated, service_role;

create or replace function public.create_notification_preferences()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  insert into public.notification_preferences (org_id, user_id) values (new.org_id, new.user_id) on conflict do nothing;
  return null;
end
$function$;
revoke all on function public.create_notification_preferences() from public, anon, authenticated, service_role;
grant execute on function public.create_notification_preferences() to service_role;

create or replace function public.stamp_job_follow_org()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  new.org_id := public.job_org(new.job_id);
  return new;
end
$function$;
revoke all on function public.stamp_job_follow_org() from public, anon, authenticated, service_role;
grant execute on function public.stamp_job_follow_org() to service_role;

create or replace function public.queue_daily_digests()
  returns integer
  language plpgsql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.queue_daily_digests() from public, anon, authenticated, service_role;
grant execute on function public.queue_daily_digests() to service_role;

create trigger notification_preferences_touch_updated_at before update on public.notification_preferences for each row execute function public.touch_updated_at();

create trigger notification_preferences_start_digest before insert or update of new_applications on public.notification_preferences for each row execute function public.start_digest_window();

create trigger memberships_notification_preferences after insert on public.memberships for each row execute function public.create_notification_preferences();

create trigger job_follows_stamp_org before insert on public.job_follows for each row execute function public.stamp_job_follow_org();

create policy "members read their own notification preferences" on public.notification_preferences for select to authenticated
  using ((user_id = ( select auth.uid() as uid)));

create policy "members change their own notification preferences" on public.notification_preferences for update to authenticated
  using ((user_id = ( select auth.uid() as uid)))
  with check ((user_id = ( select auth.uid() as uid)));

create policy "members read the jobs they follow" on public.job_follows for select to authenticated
  using ((user_id = ( select auth.uid() as uid)));

create policy "members follow their organization's jobs" on public.job_follows for insert to authenticated
  with check (((user_id = ( select auth.uid() as uid)) and public.is_org_member(org_id)));

create policy "members unfollow the jobs they follow" on public.job_follows for delete to authenticated
  using ((user_id = ( select auth.uid() as uid)));

revoke all on table public.notification_preferences from anon, authenticated, service_role;

grant all on table public.notification_preferences to service_role;

grant select on table public.notification_preferences to authenticated;

grant update (new_applications) on table public.notification_preferences to authenticated;

revoke all on table public.job_follows from anon, authenticated, service_role;

grant all on table public.job_follows to service_role;

grant select, delete on table public.job_follows to authenticated;

grant insert (job_id) on table public.job_follows to authenticated;
