-- Why: a candidate follows an application through a private link /applications/<id>?key=<secret>. The browser makes
-- the secret and stores only its SHA-256 with the row; the two RPCs below are the only way in, answer a wrong or
-- missing key exactly as a missing application, and stop guessing per asked-for id and per client.

alter table public.applications
  add column status_key_hash text constraint applications_status_key_hash_shape check (status_key_hash ~ '^[0-9a-f]{64}$');

grant insert (status_key_hash) on table public.applications to anon, authenticated;

-- Members read every column except the key hash, so select is granted column by column from now on: a later
-- migration that adds a column members should read grants it here too.
revoke select on table public.applications from authenticated;
do $$
begin
  execute (
    select format('grant select (%s) on table public.applications to authenticated', string_agg(quote_ident(a.attname), ', ' order by a.attnum))
    from pg_attribute a
    where a.attrelid = 'public.applications'::regclass and a.attnum > 0 and not a.attisdropped and a.attname <> 'status_key_hash'
  );
end
$$;

-- Failed attempts (wrong key, unknown id, malformed input) within the window, keyed by what was asked for, so the
-- limit is the same whether the application exists or not. Only the functions below read or write it.
create table public.status_access_failures (
  id bigint generated always as identity primary key,
  application_ref text not null,
  client_key_hash text not null,
  at timestamptz not null default now()
);
create index status_access_failures_application_at_idx on public.status_access_failures (application_ref, at);
create index status_access_failures_client_at_idx on public.status_access_failures (client_key_hash, at);
create index status_access_failures_at_idx on public.status_access_failures (at);

alter table public.status_access_failures enable row level security;
revoke all on table public.status_access_failures from anon, authenticated;
grant select, delete on table public.status_access_failures to service_role;

-- A random salt made once per database, so failure rows never hold an address that can be looked up.
create table public.status_access_salt (
  singleton boolean primary key default true check (singleton),
  salt text not null default replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
);
insert into public.status_access_salt default values;
alter table public.status_access_salt enable row level security;
revoke all on table public.status_access_salt from anon, authenticated;

-- How long failures count, and how many an id or a client may have in that time before every answer is "wait".
create function public.status_access_limits()
returns table (failure_window interval, per_application integer, per_client integer)
language sql
immutable
set search_path = ''
as $$
  select interval '15 minutes', 10, 30
$$;

-- The caller's address as the platform's proxy reports it (Cloudflare's header, else the first X-Forwarded-For hop,
-- as sign-upload reads it), salted and hashed; requests without one share the key of 'unknown'.
create function public.status_client_key()
returns text
language sql
stable
security definer
set search_path = ''
as $$
  with h as (select coalesce(nullif(current_setting('request.headers', true), ''), '{}')::jsonb as headers)
  select encode(sha256(convert_to(
    (select s.salt from public.status_access_salt s) || ':' || coalesce(
      nullif(btrim(h.headers ->> 'cf-connecting-ip'), ''),
      nullif(btrim(split_part(h.headers ->> 'x-forwarded-for', ',', 1)), ''),
      nullif(btrim(h.headers ->> 'x-real-ip'), ''),
      'unknown'),
    'UTF8')), 'hex')
  from h
$$;

-- The one door: rate limit, key check, optional withdrawal, and the candidate-facing view of the application
-- (job, organization, dates, a coarse stage; never notes, score or the internal stage). Answers
--   { status: 'found', application: {…} } · { status: 'not_found' } · { status: 'rate_limited', retryAfter }.
create function public.open_application_status(application_id text, status_key text, withdraw boolean)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  limits record;
  ref text := lower(left(coalesce(application_id, ''), 64));
  client text := public.status_client_key();
  by_application timestamptz;
  by_client timestamptz;
  matched boolean := false;
  app record;
begin
  select * into limits from public.status_access_limits();
  -- Serialised per id and per client, so a burst of parallel guesses cannot overrun the limit.
  perform pg_advisory_xact_lock(hashtextextended('status-access:application:' || ref, 0));
  perform pg_advisory_xact_lock(hashtextextended('status-access:client:' || client, 0));

  -- Locked while the id, or the client, has its limit of failures in the window; free again once enough of them
  -- have left it (the limit-th most recent failure leaving is the moment the count drops below the limit).
  select f.at into by_application from public.status_access_failures f
   where f.application_ref = ref and f.at > now() - limits.failure_window
   order by f.at desc offset limits.per_application - 1 limit 1;
  select f.at into by_client from public.status_access_failures f
   where f.client_key_hash = client and f.at > now() - limits.failure_window
   order by f.at desc offset limits.per_client - 1 limit 1;
  if by_application is not null or by_client is not null then
    return jsonb_build_object('status', 'rate_limited',
      'retryAfter', greatest(1, ceil(extract(epoch from greatest(by_application, by_client) + limits.failure_window - now())))::integer);
  end if;

  if ref ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' and coalesce(status_key ~ '^[A-Za-z0-9_-]{43}$', false) then
    select a.id, a.stage, a.created_at, a.withdrawn_at, j.title as job_title, o.name as organization_name,
           (select max(e.at) from public.stage_events e where e.application_id = a.id) as stage_changed_at
      into app
      from public.applications a
      join public.jobs j on j.id = a.job_id
      join public.organizations o on o.id = j.org_id
     where a.id = ref::uuid
       and a.status_key_hash = encode(sha256(convert_to(status_key, 'UTF8')), 'hex');
    matched := found;
  end if;

  if not matched then
    delete from public.status_access_failures f
     where (f.application_ref = ref or f.client_key_hash = client) and f.at <= now() - limits.failure_window;
    insert into public.status_access_failures (application_ref, client_key_hash) values (ref, client);
    return jsonb_build_object('status', 'not_found');
  end if;

  if withdraw and app.withdrawn_at is null then
    update public.applications set withdrawn_at = now() where id = app.id returning withdrawn_at into app.withdrawn_at;
  end if;

  return jsonb_build_object('status', 'found', 'application', jsonb_build_object(
    'id', app.id,
    'jobTitle', app.job_title,
    'organizationName', app.organization_name,
    'appliedAt', app.created_at,
    'updatedAt', greatest(app.stage_changed_at, app.withdrawn_at),
    'withdrawnAt', app.withdrawn_at,
    'stage', case
      when app.withdrawn_at is not null then 'closed'
      when app.stage = 'applied' then 'received'
      when app.stage = 'screening' then 'in_review'
      when app.stage = 'interview' then 'interviewing'
      when app.stage = 'offer' then 'offer'
      else 'closed'
    end));
end
$$;

create function public.application_status(application_id text, status_key text)
returns jsonb
language sql
volatile
security definer
set search_path = ''
as $$
  select public.open_application_status(application_id, status_key, false)
$$;

-- Withdrawing twice is harmless: the second call answers like a status read.
create function public.withdraw_application(application_id text, status_key text)
returns jsonb
language sql
volatile
security definer
set search_path = ''
as $$
  select public.open_application_status(application_id, status_key, true)
$$;

-- Failures older than the window count for nothing; withdraw-application's sweep forgets them.
create function public.forget_status_access_failures()
returns integer
language sql
volatile
security definer
set search_path = ''
as $$
  with gone as (
    delete from public.status_access_failures f
    where f.at <= now() - (select l.failure_window from public.status_access_limits() l)
    returning 1
  )
  select count(*)::integer from gone
$$;

revoke execute on function
  public.status_access_limits(), public.status_client_key(), public.open_application_status(text, text, boolean)
  from public, anon, authenticated;
revoke execute on function public.application_status(text, text), public.withdraw_application(text, text) from public;
grant execute on function public.application_status(text, text), public.withdraw_application(text, text) to anon, authenticated, service_role;
revoke execute on function public.forget_status_access_failures() from public, anon, authenticated;
grant execute on function public.forget_status_access_failures() to service_role;
