-- Why: candidates write their own application row with the anon key, admitted only by a fresh upload grant.

-- links is { linkedin?, portfolio? }, each an http(s) URL.
create function public.is_valid_application_links(links jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select jsonb_typeof(links) = 'object'
    and not exists (
      select 1 from jsonb_each(links) l
      where l.key not in ('linkedin', 'portfolio')
         or jsonb_typeof(l.value) <> 'string'
         or char_length(l.value #>> '{}') > 2048
         or (l.value #>> '{}') !~* '^https?://[^\s/]+\.[^\s]+$'
    )
$$;

create table public.applications (
  id uuid primary key default gen_random_uuid(),
  job_id uuid not null references public.jobs (id),
  full_name text not null check (char_length(full_name) between 1 and 200 and full_name ~ '\S'),
  email text not null check (char_length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  phone text check (char_length(phone) <= 40),
  links jsonb not null default '{}' constraint applications_links_shape check (public.is_valid_application_links(links)),
  cover_letter text check (char_length(cover_letter) <= 5000),
  resume_path text not null unique,
  resume_size bigint not null check (resume_size > 0),
  stage text not null default 'applied'
    check (stage in ('applied', 'screening', 'interview', 'offer', 'hired', 'rejected')),
  score integer check (score between 0 and 100),
  score_details jsonb,
  parsed jsonb,
  parse_status text not null default 'pending' check (parse_status in ('pending', 'done', 'failed')),
  parse_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index applications_job_pipeline_idx on public.applications (job_id, stage, score desc, created_at);
create index applications_job_score_idx on public.applications (job_id, score desc nulls last);
create index applications_pending_idx on public.applications (created_at) where parse_status = 'pending';

-- The org of an application, for policies on tables that only know an application id.
create function public.application_org(application uuid)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select j.org_id from public.applications a join public.jobs j on j.id = a.job_id where a.id = application_org.application
$$;
revoke execute on function public.application_org(uuid) from public;
grant execute on function public.application_org(uuid) to anon, authenticated, service_role;

-- The submit check: the job is open, the path was granted for this job and the grant is unexpired, and the
-- resume really is in the bucket. A used grant passes only while its application exists, so a retried submit
-- fails on the unique resume_path (409, "already submitted") instead of looking like a refusal.
create function public.can_submit_application(job uuid, path text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.upload_grants g
    join public.jobs j on j.id = g.job_id
    where g.path = can_submit_application.path
      and g.job_id = can_submit_application.job
      and j.status = 'open'
      and g.expires_at > now()
      and (g.used_at is null or exists (select 1 from public.applications a where a.resume_path = g.path))
      and exists (select 1 from storage.objects o where o.bucket_id = 'resumes' and o.name = g.path)
  )
$$;
revoke execute on function public.can_submit_application(uuid, text) from public;
grant execute on function public.can_submit_application(uuid, text) to anon, authenticated, service_role;

-- Whatever an API caller sends, a new application starts in 'applied', unscored and waiting to be parsed.
create function public.start_application()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user in ('anon', 'authenticated') then
    new.stage := 'applied';
    new.score := null;
    new.score_details := null;
    new.parsed := null;
    new.parse_status := 'pending';
    new.parse_error := null;
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$$;

-- One application per grant: the grant is spent the moment the row exists.
create function public.spend_upload_grant()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.upload_grants set used_at = now() where path = new.resume_path and used_at is null;
  return null;
end
$$;

create trigger applications_start before insert on public.applications
  for each row execute function public.start_application();
create trigger applications_touch_updated_at before update on public.applications
  for each row execute function public.touch_updated_at();
create trigger applications_spend_upload_grant after insert on public.applications
  for each row execute function public.spend_upload_grant();

alter table public.applications enable row level security;
revoke all on table public.applications from anon, authenticated;
grant insert (id, job_id, full_name, email, phone, links, cover_letter, resume_path, resume_size)
  on table public.applications to anon, authenticated;
grant select, delete on table public.applications to authenticated;
grant update (stage) on table public.applications to authenticated;

create policy "candidates submit with an upload grant"
  on public.applications for insert to anon, authenticated
  with check (public.can_submit_application(job_id, resume_path));

create policy "members read their organization's applications"
  on public.applications for select to authenticated
  using (public.is_org_member(public.job_org(job_id)));

create policy "recruiters move applications between stages"
  on public.applications for update to authenticated
  using (public.is_org_member(public.job_org(job_id), 'recruiter'))
  with check (public.is_org_member(public.job_org(job_id), 'recruiter'));

create policy "owners erase applications"
  on public.applications for delete to authenticated
  using (public.is_org_member(public.job_org(job_id), 'owner'));

-- Resumes live under the job's slug, so the slug is frozen once anyone has applied.
create function public.freeze_job_slug_with_applications()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.slug is distinct from old.slug and exists (select 1 from public.applications a where a.job_id = old.id) then
    raise exception 'The job "%" has applications, so its slug can no longer change', old.slug
      using errcode = '23514', hint = 'Resumes are stored under the slug; create a new job instead.';
  end if;
  return new;
end
$$;

create trigger jobs_freeze_slug before update of slug on public.jobs
  for each row execute function public.freeze_job_slug_with_applications();

-- The stage history: every application's life as (from → to, who, when), written only here.
create table public.stage_events (
  id bigint generated always as identity primary key,
  application_id uuid not null references public.applications (id) on delete cascade,
  from_stage text,
  to_stage text not null,
  actor uuid references auth.users (id) on delete set null,
  at timestamptz not null default now()
);
create index stage_events_application_id_idx on public.stage_events (application_id, at);

create function public.record_stage_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.stage_events (application_id, from_stage, to_stage, actor)
  values (new.id, case when tg_op = 'UPDATE' then old.stage end, new.stage, (select auth.uid()));
  return null;
end
$$;

create trigger applications_record_first_stage after insert on public.applications
  for each row execute function public.record_stage_event();
create trigger applications_record_stage_change after update of stage on public.applications
  for each row when (old.stage is distinct from new.stage) execute function public.record_stage_event();

alter table public.stage_events enable row level security;
revoke all on table public.stage_events from anon, authenticated;
grant select on table public.stage_events to authenticated;

create policy "members read their organization's stage history"
  on public.stage_events for select to authenticated
  using (public.is_org_member(public.application_org(application_id)));
