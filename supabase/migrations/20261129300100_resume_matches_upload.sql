-- Why: applications.resume_size is the browser's word; the insert policy only checked that an object existed at the
-- granted path. Now a candidate's row must declare the stored object's real size, and that object must be a PDF.

-- Storage records each object's size and type in storage.objects.metadata once its bytes are stored: hosted
-- Storage writes its backend's ObjectMetadata there (supabase/storage, src/storage/backend/generic.ts: `size` a
-- number of bytes, `mimetype`, `contentLength`, `eTag`, …) and the local stack the same (stack/storage/upload.ts). Runs after the insert policy admitted the row (grant and object checked),
-- so only a holder of the grant learns about its object. The error rolls the insert back: the grant stays unused and
-- the candidate can submit again with the right size.
create function public.check_submitted_resume()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  stored_size bigint;
  stored_type text;
begin
  select case when (o.metadata ->> 'size') ~ '^[0-9]{1,18}$' then (o.metadata ->> 'size')::bigint end, o.metadata ->> 'mimetype'
    into stored_size, stored_type
  from storage.objects o
  where o.bucket_id = 'resumes' and o.name = new.resume_path;
  if stored_size is distinct from new.resume_size then
    raise exception 'resume_size says % bytes, but the uploaded resume is %', new.resume_size, coalesce(stored_size || ' bytes', 'of unknown size')
      using errcode = '23514', constraint = 'applications_resume_size_matches_upload',
            hint = 'Send the size of the file that was uploaded to resume_path.';
  end if;
  if stored_type is distinct from 'application/pdf' then
    raise exception 'The uploaded resume is stored as %, not as application/pdf', coalesce(stored_type, 'an unknown type')
      using errcode = '23514', constraint = 'applications_resume_is_pdf',
            hint = 'Upload the resume with content type application/pdf.';
  end if;
  return null;
end
$$;
revoke execute on function public.check_submitted_resume() from public, anon, authenticated;

-- The roles the insert policy applies to; the service role (admin CLI, legacy import) is trusted as everywhere else.
create trigger applications_check_submitted_resume after insert on public.applications
  for each row when (current_user in ('anon', 'authenticated'))
  execute function public.check_submitted_resume();
