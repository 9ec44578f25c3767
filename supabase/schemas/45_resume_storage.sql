-- The private resumes bucket, who may read and erase its objects, and the download log.

insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('resumes', 'resumes', false, 5242880, array['application/pdf']);

-- One row per signed URL handed out for a resume, with the object's size then (what a full download would send).
create table public.resume_downloads (
  id bigint generated always as identity not null,
  org_id uuid not null,
  path text not null,
  bytes bigint not null,
  user_id uuid,
  issued_at timestamp with time zone default now() not null,
  constraint resume_downloads_bytes_check check ((bytes >= 0)),
  constraint resume_downloads_pkey primary key (id),
  constraint resume_downloads_org_id_fkey foreign key (org_id) references public.organizations(id) on delete cascade,
  constraint resume_downloads_user_id_fkey foreign key (user_id) references auth.users(id) on delete set null
);

alter table public.resume_downloads enable row level security;

create index resume_downloads_org_issued_at_idx on public.resume_downloads (org_id, issued_at);

create index resume_downloads_issued_at_idx on public.resume_downloads (issued_at);

-- resume_org answered "which org owns this folder" for any guessable slug, drafts included; answer only "may I?".
create or replace function public.is_resume_member(object_name text, min_role text default 'viewer'::text)
  returns boolean
  language sql
  stable security definer
  set search_path to ''
as $function$
  select exists (
    select 1 from public.jobs j
    where j.slug = (storage.foldername(is_resume_member.object_name))[1]
      and public.is_org_member(j.org_id, is_resume_member.min_role)
  )
$function$;
revoke all on function public.is_resume_member(object_name text, min_role text) from public, anon, authenticated, service_role;
grant execute on function public.is_resume_member(object_name text, min_role text) to anon, authenticated, service_role;

-- The dashboard calls this whenever it creates a signed URL for a resume (createSignedUrl makes no row of its own to
-- count). Members of the resume's org only (any role: viewers read resumes too); the service role may record any.
-- Returns false, counting nothing, when there is no such object.
create or replace function public.record_resume_download(path text)
  returns boolean
  language plpgsql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.record_resume_download(path text) from public, anon, authenticated, service_role;
grant execute on function public.record_resume_download(path text) to authenticated, service_role;

-- What the resumes bucket holds and what moved this calendar month (UTC): for one org when `org` is given (its owners
-- and the service role: objects live in the folders of its jobs), for the whole bucket when it is null (service role only).
-- Uploads are objects created this month that still exist; downloads are signed URLs issued (record_resume_download).
create or replace function public.storage_usage(org uuid default null::uuid)
  returns table(objects bigint, bytes bigint, uploads_this_month bigint, upload_bytes_this_month bigint, downloads_this_month bigint, download_bytes_this_month bigint, month_start timestamp with time zone, month_end timestamp with time zone, measured_at timestamp with time zone)
  language plpgsql
  stable security definer
  set search_path to ''
as $function$
declare
  period_start timestamptz := date_trunc('month', now(), 'UTC');
begin
  if storage_usage.org is null then
    if coalesce((select auth.role()), '') <> 'service_role' then
      raise exception 'Only the service role may see the usage of the whole bucket' using errcode = '42501';
    end if;
  elsif not (public.is_org_member(storage_usage.org, 'owner') or coalesce((select auth.role()), '') = 'service_role') then
    raise exception 'Only owners of the organization may see its storage usage' using errcode = '42501';
  end if;

  return query
  with stored as (
    select case when jsonb_typeof(o.metadata -> 'size') = 'number' then (o.metadata ->> 'size')::bigint else 0 end as size,
           o.created_at
    from storage.objects o
    where o.bucket_id = 'resumes' and storage_usage.org is null
    union all
    -- Slugs are [a-z0-9-], so the prefix pattern has no wildcards of its own and can use the name index.
    select case when jsonb_typeof(o.metadata -> 'size') = 'number' then (o.metadata ->> 'size')::bigint else 0 end,
           o.created_at
    from public.jobs j
    join storage.objects o on o.bucket_id = 'resumes' and o.name like j.slug || '/%'
    where j.org_id = storage_usage.org
  ),
  downloads as (
    select d.bytes
    from public.resume_downloads d
    where d.issued_at >= period_start
      and (storage_usage.org is null or d.org_id = storage_usage.org)
  )
  select
    (select count(*) from stored),
    (select coalesce(sum(s.size), 0) from stored s)::bigint,
    (select count(*) from stored s where s.created_at >= period_start),
    (select coalesce(sum(s.size), 0) from stored s where s.created_at >= period_start)::bigint,
    (select count(*) from downloads),
    (select coalesce(sum(d.bytes), 0) from downloads d)::bigint,
    period_start,
    period_start + interval '1 month',
    now();
end
$function$;
revoke all on function public.storage_usage(org uuid) from public, anon, authenticated, service_role;
grant execute on function public.storage_usage(org uuid) to authenticated, service_role;

-- No insert or update policy: uploads go through sign-upload's signed URLs (upsert off), and nobody overwrites.
create policy "resumes: members read their organization's resumes" on storage.objects for select to authenticated
  using (((bucket_id = 'resumes'::text) and public.is_resume_member(name)));

create policy "resumes: owners erase their organization's resumes" on storage.objects for delete to authenticated
  using (((bucket_id = 'resumes'::text) and public.is_resume_member(name, 'owner'::text)));

revoke all on table public.resume_downloads from anon, authenticated, service_role;

grant all on table public.resume_downloads to service_role;

revoke all on sequence public.resume_downloads_id_seq from anon, authenticated, service_role;

grant all on sequence public.resume_downloads_id_seq to anon;

grant all on sequence public.resume_downloads_id_seq to authenticated;

grant all on sequence public.resume_downloads_id_seq to service_role;
