-- Why: helpers reachable as /rest/v1/rpc must not reveal which draft jobs exist, and trigger functions are no API.

-- resume_org answered "which org owns this folder" for any guessable slug, drafts included; answer only "may I?".
create function public.is_resume_member(object_name text, min_role text default 'viewer')
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.jobs j
    where j.slug = (storage.foldername(is_resume_member.object_name))[1]
      and public.is_org_member(j.org_id, is_resume_member.min_role)
  )
$$;
revoke execute on function public.is_resume_member(text, text) from public;
grant execute on function public.is_resume_member(text, text) to anon, authenticated, service_role;

alter policy "resumes: members read their organization's resumes" on storage.objects
  using (bucket_id = 'resumes' and public.is_resume_member(name));
alter policy "resumes: owners erase their organization's resumes" on storage.objects
  using (bucket_id = 'resumes' and public.is_resume_member(name, 'owner'));

drop function public.resume_org(text);

revoke execute on function
  public.spend_upload_grant(), public.record_stage_event(), public.freeze_job_slug_with_applications(),
  public.start_application(), public.stamp_job_published(), public.touch_updated_at()
  from public, anon, authenticated;
