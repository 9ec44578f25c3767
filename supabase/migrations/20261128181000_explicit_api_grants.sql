-- Why: since October 2026 hosted Supabase no longer grants new public tables and functions to the API roles, so say what they need.

grant select, insert, update, delete on table
  public.organizations, public.memberships, public.jobs, public.upload_grants,
  public.applications, public.stage_events, public.notes
  to service_role;
grant usage, select on sequence public.stage_events_id_seq to service_role;

-- Check constraints call these as whoever writes the row (a candidate, a recruiter, a function).
grant execute on function public.is_valid_skill_list(jsonb), public.is_valid_application_links(jsonb)
  to anon, authenticated, service_role;
