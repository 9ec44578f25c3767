-- Why: resumes imported from an old app's disk (`npm run import`) carry a stable reference so a re-run skips what is done.

-- A hash of (org, job, resume path, email) set by the importer; null for applications made through the apply form.
-- Only the service role writes it: candidates' insert privilege names its columns, and this is not one of them.
alter table public.applications
  add column legacy_ref text constraint applications_legacy_ref_shape check (char_length(legacy_ref) between 1 and 200),
  add constraint applications_legacy_ref_key unique (legacy_ref);

-- The importer sets created_at to when the candidate applied on the old system (start_application only resets it for
-- anon and authenticated). The first stage event should say the same, not the moment of the import.
create function public.backdate_imported_history()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.stage_events set at = new.created_at where application_id = new.id and from_stage is null;
  return null;
end
$$;
revoke execute on function public.backdate_imported_history() from public, anon, authenticated;

-- Named to fire after applications_record_first_stage (same-event triggers run in name order).
create trigger applications_record_imported_history after insert on public.applications
  for each row when (new.legacy_ref is not null)
  execute function public.backdate_imported_history();
