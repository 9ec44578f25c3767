-- Upload grants: a candidate may upload one resume per grant, rate-limited per client.

-- One row per signed upload URL handed out: the path the candidate may upload to and then apply with, once.
create table public.upload_grants (
  path text not null,
  job_id uuid not null,
  client_key_hash text not null,
  created_at timestamp with time zone default now() not null,
  expires_at timestamp with time zone not null,
  used_at timestamp with time zone,
  constraint upload_grants_path_shape check ((path ~ '^[a-z0-9]+(-[a-z0-9]+)*/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.pdf$'::text)),
  constraint upload_grants_pkey primary key (path),
  constraint upload_grants_job_id_fkey foreign key (job_id) references public.jobs(id) on delete cascade
);

alter table public.upload_grants enable row level security;

create index upload_grants_job_id_idx on public.upload_grants (job_id);

create index upload_grants_unused_expires_at_idx on public.upload_grants (expires_at) where (used_at is null);

create index upload_grants_client_created_at_idx on public.upload_grants (client_key_hash, created_at);

-- sign-upload's single database step: check the job, the size and the client's rate, then record the grant,
-- atomically per client so parallel requests cannot overrun the limit. Returns { ok, … } or { ok: false, reason, … }.
create or replace function public.record_upload_grant(job_slug text, path text, client_key_hash text, file_size bigint, max_grants integer default 20, window_seconds integer default 600, ttl_seconds integer default 7200)
  returns jsonb
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  job public.jobs%rowtype;
  size_limit bigint;
  recent integer;
  oldest timestamptz;
  expires timestamptz := now() + make_interval(secs => ttl_seconds);
begin
  select * into job from public.jobs j where j.slug = record_upload_grant.job_slug;
  if not found or job.status = 'draft' then
    return jsonb_build_object('ok', false, 'reason', 'job_not_found');
  end if;
  if job.status <> 'open' then
    return jsonb_build_object('ok', false, 'reason', 'job_closed');
  end if;

  select coalesce(b.file_size_limit, 5242880) into size_limit from storage.buckets b where b.id = 'resumes';
  size_limit := coalesce(size_limit, 5242880);
  if file_size > size_limit then
    return jsonb_build_object('ok', false, 'reason', 'file_too_large', 'file_size_limit', size_limit);
  end if;

  perform pg_advisory_xact_lock(hashtextextended('upload_grants:' || record_upload_grant.client_key_hash, 0));
  select count(*) into recent
  from public.upload_grants g
  where g.client_key_hash = record_upload_grant.client_key_hash
    and g.created_at > now() - make_interval(secs => window_seconds);
  if recent >= max_grants then
    -- The client may try again when enough of its grants have left the window to make room for one more.
    select g.created_at into oldest
    from public.upload_grants g
    where g.client_key_hash = record_upload_grant.client_key_hash
      and g.created_at > now() - make_interval(secs => window_seconds)
    order by g.created_at
    offset recent - max_grants
    limit 1;
    return jsonb_build_object(
      'ok', false,
      'reason', 'rate_limited',
      'retry_after', greatest(1, ceil(extract(epoch from oldest + make_interval(secs => window_seconds) - now())))::integer
    );
  end if;

  if split_part(record_upload_grant.path, '/', 1) <> job.slug then
    raise exception 'upload path % is not in the folder of job %', record_upload_grant.path, job.slug
      using errcode = '22023';
  end if;
  insert into public.upload_grants (path, job_id, client_key_hash, expires_at)
  values (record_upload_grant.path, job.id, record_upload_grant.client_key_hash, expires);
  return jsonb_build_object('ok', true, 'job_id', job.id, 'expires_at', expires);
end
$function$;
revoke all on function public.record_upload_grant(job_slug text, path text, client_key_hash text, file_size bigint, max_grants integer, window_seconds integer, ttl_seconds integer) from public, anon, authenticated, service_role;
grant execute on function public.record_upload_grant(job_slug text, path text, client_key_hash text, file_size bigint, max_grants integer, window_seconds integer, ttl_seconds integer) to service_role;

revoke all on table public.upload_grants from anon, authenticated, service_role;

grant all on table public.upload_grants to service_role;
