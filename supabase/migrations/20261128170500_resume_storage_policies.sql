-- Why: resumes are readable by the owning org's members and erasable by its owners; nobody else touches them.

-- The org owning a resume object: objects are named <job-slug>/<uuid>.pdf.
create function public.resume_org(object_name text)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select j.org_id from public.jobs j where j.slug = (storage.foldername(resume_org.object_name))[1]
$$;
revoke execute on function public.resume_org(text) from public;
grant execute on function public.resume_org(text) to anon, authenticated, service_role;

-- No insert or update policy: uploads go through sign-upload's signed URLs (upsert off), and nobody overwrites.
create policy "resumes: members read their organization's resumes"
  on storage.objects for select to authenticated
  using (bucket_id = 'resumes' and public.is_org_member(public.resume_org(name)));

create policy "resumes: owners erase their organization's resumes"
  on storage.objects for delete to authenticated
  using (bucket_id = 'resumes' and public.is_org_member(public.resume_org(name), 'owner'));
