-- Why: a candidate can withdraw an application: it leaves the recruiters' active lists and its resume is deleted
-- within a minute. Storage objects can only be deleted through the Storage API (hosted Supabase refuses a DELETE on
-- storage.objects), so the edge function withdraw-application does it: pg_net calls it right after a withdrawal and
-- pg_cron every minute (hosted); the local stack's scheduler does the same.

-- Set once, by public.withdraw_application (the candidate's status page); never by members or the insert.
alter table public.applications add column withdrawn_at timestamptz;

-- The dashboard's page and exact count filter on withdrawn_at too: carried in its indexes so both stay index-only.
drop index public.applications_job_stage_score_idx;
create index applications_job_stage_score_idx on public.applications (job_id, stage, score desc nulls last, created_at desc, id)
  include (withdrawn_at);
drop index public.applications_job_score_idx;
create index applications_job_score_idx on public.applications (job_id, score desc nulls last, created_at desc, id)
  include (withdrawn_at);
create index applications_withdrawn_at_idx on public.applications (withdrawn_at) where withdrawn_at is not null;

-- The pipeline counts only applications still in play (same signature, so the grants stay).
create or replace function public.job_pipeline(org uuid)
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
  left join public.applications a on a.job_id = j.id and a.withdrawn_at is null
  where j.org_id = job_pipeline.org
    and public.is_org_member(j.org_id)
  group by j.id, v.visited_at
$$;

-- A withdrawn application has no resume to score: editing the job's skills leaves it alone.
create or replace function public.requeue_scoring_on_skills_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.applications set parse_status = 'pending', parse_error = null where job_id = new.id and withdrawn_at is null;
  return null;
end
$$;

-- What withdraw-application deletes: withdrawn applications whose resume is still in the bucket (all of them, or one).
create function public.withdrawn_resumes(application uuid default null, max_rows integer default 100)
returns table (application_id uuid, resume_path text)
language sql
stable
security definer
set search_path = ''
as $$
  select a.id, a.resume_path
  from public.applications a
  where a.withdrawn_at is not null
    and (withdrawn_resumes.application is null or a.id = withdrawn_resumes.application)
    and exists (select 1 from storage.objects o where o.bucket_id = 'resumes' and o.name = a.resume_path)
  order by a.withdrawn_at
  limit withdrawn_resumes.max_rows
$$;
revoke execute on function public.withdrawn_resumes(uuid, integer) from public, anon, authenticated;
grant execute on function public.withdrawn_resumes(uuid, integer) to service_role;

create function public.request_resume_deletion_trigger()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform public.invoke_edge_function('withdraw-application', jsonb_build_object('applicationId', new.id));
  return null;
end
$$;
revoke execute on function public.request_resume_deletion_trigger() from public, anon, authenticated;

do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_net')
     and exists (select 1 from pg_namespace where nspname = 'vault') then
    create extension if not exists pg_net with schema extensions;
    create trigger applications_request_resume_deletion after update of withdrawn_at on public.applications
      for each row when (old.withdrawn_at is null and new.withdrawn_at is not null)
      execute function public.request_resume_deletion_trigger();
  end if;
  if exists (select 1 from pg_available_extensions where name = 'pg_cron')
     and exists (select 1 from pg_available_extensions where name = 'pg_net') then
    create extension if not exists pg_cron;
    perform cron.schedule('smart-ats-withdrawn-resumes', '* * * * *', $c$select public.invoke_edge_function('withdraw-application', '{}'::jsonb)$c$);
  end if;
end
$$;
