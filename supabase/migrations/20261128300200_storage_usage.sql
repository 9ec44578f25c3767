-- Why: storage and egress are what a Supabase plan meters; owners (and operators) need to see them coming.

-- What the resumes bucket holds and what moved this calendar month (UTC): for one org when `org` is given (its owners
-- and the service role: objects live in the folders of its jobs), for the whole bucket when it is null (service role only).
-- Uploads are objects created this month that still exist; downloads are signed URLs issued (record_resume_download).
create function public.storage_usage(org uuid default null)
returns table (
  objects bigint,
  bytes bigint,
  uploads_this_month bigint,
  upload_bytes_this_month bigint,
  downloads_this_month bigint,
  download_bytes_this_month bigint,
  month_start timestamptz,
  month_end timestamptz,
  measured_at timestamptz
)
language plpgsql
stable
security definer
set search_path = ''
as $$
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
$$;
revoke execute on function public.storage_usage(uuid) from public, anon;
grant execute on function public.storage_usage(uuid) to authenticated, service_role;
