-- Hosted only: where pg_net and Vault exist, triggers call Edge Functions at once; where pg_cron exists, it runs the
-- periodic jobs (the local stack's scheduler, stack/scheduler.ts, does the same without either extension).
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_net')
     and exists (select 1 from pg_namespace where nspname = 'vault') then
    create extension if not exists pg_net with schema extensions;
    create trigger applications_request_scoring after insert or update of parse_status on public.applications
      for each row when (new.parse_status = 'pending')
      execute function public.request_scoring_trigger();
    create trigger applications_request_resume_deletion after update of withdrawn_at on public.applications
      for each row when (old.withdrawn_at is null and new.withdrawn_at is not null)
      execute function public.request_resume_deletion_trigger();
  end if;
  if exists (select 1 from pg_available_extensions where name = 'pg_cron')
     and exists (select 1 from pg_available_extensions where name = 'pg_net') then
    create extension if not exists pg_cron;
    perform cron.schedule('smart-ats-score-pending', '* * * * *', 'select public.request_pending_scoring()');
    perform cron.schedule('smart-ats-sweep-orphans', '*/15 * * * *', $c$select public.invoke_edge_function('sweep-orphans', '{}'::jsonb)$c$);
    perform cron.schedule('smart-ats-withdrawn-resumes', '* * * * *', $c$select public.invoke_edge_function('withdraw-application', '{}'::jsonb)$c$);
    perform cron.schedule('smart-ats-send-emails', '* * * * *', $c$select public.invoke_edge_function('send-emails', '{}'::jsonb)$c$);
    perform cron.schedule('smart-ats-erase-expired', '17 * * * *', $c$select public.invoke_edge_function('erase-applications', '{}'::jsonb)$c$);
  end if;
  if exists (select 1 from pg_available_extensions where name = 'pg_cron') then
    create extension if not exists pg_cron;
    perform cron.schedule('smart-ats-reject-knocked-out', '17 * * * *', $c$select public.reject_knocked_out_applications()$c$);
    perform cron.schedule('smart-ats-daily-digests', '23 * * * *', $c$select public.queue_daily_digests()$c$);
  end if;
end
$$;
