-- Why: egress is billed, and resumes leave the bucket through signed URLs; count each one when it is issued.

-- One row per signed URL handed out for a resume, with the object's size then (what a full download would send).
create table public.resume_downloads (
  id bigint generated always as identity primary key,
  org_id uuid not null references public.organizations (id) on delete cascade,
  path text not null,
  bytes bigint not null check (bytes >= 0),
  user_id uuid references auth.users (id) on delete set null,
  issued_at timestamptz not null default now()
);
create index resume_downloads_org_issued_at_idx on public.resume_downloads (org_id, issued_at);
create index resume_downloads_issued_at_idx on public.resume_downloads (issued_at);

-- Written only by record_resume_download and read only through storage_usage: no API access to the table itself.
alter table public.resume_downloads enable row level security;
revoke all on table public.resume_downloads from anon, authenticated;
grant select, insert, delete on table public.resume_downloads to service_role;
grant usage, select on sequence public.resume_downloads_id_seq to service_role;

-- The dashboard calls this whenever it creates a signed URL for a resume (createSignedUrl makes no row of its own to
-- count). Members of the resume's org only (any role: viewers read resumes too); the service role may record any.
-- Returns false, counting nothing, when there is no such object.
create function public.record_resume_download(path text)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  org uuid;
  size bigint;
begin
  select j.org_id into org from public.jobs j where j.slug = (storage.foldername(record_resume_download.path))[1];
  if org is null
     or not (public.is_org_member(org) or coalesce((select auth.role()), '') = 'service_role') then
    raise exception 'Only members of the organization that owns this resume can download it'
      using errcode = '42501';
  end if;
  select coalesce((o.metadata ->> 'size')::bigint, 0) into size
  from storage.objects o
  where o.bucket_id = 'resumes' and o.name = record_resume_download.path;
  if not found then
    return false;
  end if;
  insert into public.resume_downloads (org_id, path, bytes, user_id)
  values (org, record_resume_download.path, size, (select auth.uid()));
  return true;
end
$$;
revoke execute on function public.record_resume_download(text) from public, anon;
grant execute on function public.record_resume_download(text) to authenticated, service_role;
