-- Why: scoring runs after every new application without the candidate waiting, and again when a job's skills change;
-- orphaned uploads are swept on a schedule.
-- Hosted Supabase: pg_net calls the score-application function from a trigger and pg_cron retries whatever is
-- still pending; both are set up only where those extensions exist (the local stack's scheduler does the same work).

-- Editing a job's skills puts its applications back in the queue.
create function public.requeue_scoring_on_skills_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.applications set parse_status = 'pending', parse_error = null where job_id = new.id;
  return null;
end
$$;
revoke execute on function public.requeue_scoring_on_skills_change() from public;

create trigger jobs_requeue_scoring after update of skills on public.jobs
  for each row when (old.skills is distinct from new.skills)
  execute function public.requeue_scoring_on_skills_change();

-- Calls an edge function of this project (hosted: through pg_net). The project URL and service role key come
-- from the Vault secrets `project_url` and `service_role_key` (see README, "Deploying to hosted Supabase").
-- Any failure is swallowed: submitting an application must never fail because of background plumbing.
create function public.invoke_edge_function(name text, body jsonb)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  base text;
  key text;
begin
  execute $q$select decrypted_secret from vault.decrypted_secrets where name = 'project_url'$q$ into base;
  execute $q$select decrypted_secret from vault.decrypted_secrets where name = 'service_role_key'$q$ into key;
  if base is null or key is null then
    return;
  end if;
  execute $q$select net.http_post(url := $1, headers := $2, body := $3, timeout_milliseconds := 30000)$q$
    using base || '/functions/v1/' || name,
          jsonb_build_object('content-type', 'application/json', 'authorization', 'Bearer ' || key),
          body;
exception when others then
  raise warning 'invoke_edge_function(%) skipped: %', name, sqlerrm;
end
$$;
revoke execute on function public.invoke_edge_function(text, jsonb) from public, anon, authenticated;

create function public.request_scoring(application uuid)
returns void
language sql
security definer
set search_path = ''
as $$
  select public.invoke_edge_function('score-application', jsonb_build_object('applicationId', application))
$$;
revoke execute on function public.request_scoring(uuid) from public, anon, authenticated;

create function public.request_scoring_trigger()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform public.request_scoring(new.id);
  return null;
end
$$;
revoke execute on function public.request_scoring_trigger() from public, anon, authenticated;

-- Retries: everything still pending after a minute (a lost webhook, a function cold start that timed out).
create function public.request_pending_scoring()
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  n integer := 0;
  app record;
begin
  for app in
    select id from public.applications
    where parse_status = 'pending' and updated_at < now() - interval '1 minute'
    order by created_at limit 50
  loop
    perform public.request_scoring(app.id);
    n := n + 1;
  end loop;
  return n;
end
$$;
revoke execute on function public.request_pending_scoring() from public, anon, authenticated;

do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_net')
     and exists (select 1 from pg_namespace where nspname = 'vault') then
    create extension if not exists pg_net with schema extensions;
    create trigger applications_request_scoring after insert or update of parse_status on public.applications
      for each row when (new.parse_status = 'pending')
      execute function public.request_scoring_trigger();
  end if;
  if exists (select 1 from pg_available_extensions where name = 'pg_cron')
     and exists (select 1 from pg_available_extensions where name = 'pg_net') then
    create extension if not exists pg_cron;
    perform cron.schedule('smart-ats-score-pending', '* * * * *', 'select public.request_pending_scoring()');
    perform cron.schedule('smart-ats-sweep-orphans', '*/15 * * * *', $c$select public.invoke_edge_function('sweep-orphans', '{}'::jsonb)$c$);
  end if;
end
$$;
