-- The candidate's private status page: a key per application, rate-limited lookups, withdrawal.

-- Failed attempts (wrong key, unknown id, malformed input) within the window, keyed by what was asked for, so the
-- limit is the same whether the application exists or not. Only the functions below read or write it.
create table public.status_access_failures (
  id bigint generated always as identity not null,
  application_ref text not null,
  client_key_hash text not null,
  at timestamp with time zone default now() not null,
  constraint status_access_failures_pkey primary key (id)
);

alter table public.status_access_failures enable row level security;

create index status_access_failures_application_at_idx on public.status_access_failures (application_ref, at);

create index status_access_failures_client_at_idx on public.status_access_failures (client_key_hash, at);

create index status_access_failures_at_idx on public.status_access_failures (at);

-- A random salt made once per database, so failure rows never hold an address that can be looked up.
create table public.status_access_salt (
  singleton boolean default true not null,
  salt text default replace(((gen_random_uuid())::text || (gen_random_uuid())::text), '-'::text, ''::text) not null,
  constraint status_access_salt_singleton_check check (singleton),
  constraint status_access_salt_pkey primary key (singleton)
);

alter table public.status_access_salt enable row level security;

-- The salt is made once, with the database.
insert into public.status_access_salt default values;

-- What withdraw-application deletes: withdrawn applications whose resume is still in the bucket (all of them, or one).
create or replace function public.withdrawn_resumes(application uuid default null::uuid, max_rows integer default 100)
  returns table(application_id uuid, resume_path text)
  language sql
  stable security definer
  set search_path to ''
as $function$
  select a.id, a.resume_path
  from public.applications a
  where a.withdrawn_at is not null
    and (withdrawn_resumes.application is null or a.id = withdrawn_resumes.application)
    and exists (select 1 from storage.objects o where o.bucket_id = 'resumes' and o.name = a.resume_path)
  order by a.withdrawn_at
  limit withdrawn_resumes.max_rows
$function$;
revoke all on function public.withdrawn_resumes(application uuid, max_rows integer) from public, anon, authenticated, service_role;
grant execute on function public.withdrawn_resumes(application uuid, max_rows integer) to service_role;

-- How long failures count, and how many an id or a client may have in that time before every answer is "wait".
create or replace function public.status_access_limits()
  returns table(failure_window interval, per_application integer, per_client integer)
  language sql
  immutable
  set search_path to ''
as $function$
  select interval '15 minutes', 10, 30
$function$;
revoke all on function public.status_access_limits() from public, anon, authenticated, service_role;
grant execute on function public.status_access_limits() to service_role;

-- The salted client hash of an address (status_client_key() is this for PostgREST's caller).
create or replace function public.status_client_key_of(address text)
  returns text
  language sql
  stable security definer
  set search_path to ''
as $function$
  select encode(sha256(convert_to((select s.salt from public.status_access_salt s) || ':' || coalesce(nullif(btrim(address), ''), 'unknown'), 'UTF8')), 'hex')
$function$;
revoke all on function public.status_client_key_of(address text) from public, anon, authenticated, service_role;
grant execute on function public.status_client_key_of(address text) to service_role;

-- The status RPCs' client key: that address salted and hashed; requests without one share the key of 'unknown'.
create or replace function public.status_client_key()
  returns text
  language sql
  stable security definer
  set search_path to ''
as $function$
  select public.status_client_key_of(public.request_client_address())
$function$;
revoke all on function public.status_client_key() from public, anon, authenticated, service_role;
grant execute on function public.status_client_key() to service_role;

-- The one door: rate limit, key check, optional withdrawal, and the candidate-facing view of the application
-- (job, organization, dates, a coarse stage; never notes, score or the internal stage), for a given client. Answers
--   { status: 'found', application: {…} } · { status: 'not_found' } · { status: 'rate_limited', retryAfter }.
create or replace function public.open_application_status_for(application_id text, status_key text, withdraw boolean, client text)
  returns jsonb
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  limits record;
  ref text := lower(left(coalesce(application_id, ''), 64));
  by_application timestamptz;
  by_client timestamptz;
  matched boolean := false;
  app record;
begin
  select * into limits from public.status_access_limits();
  -- Serialised per id and per client, so a burst of parallel guesses cannot overrun the limit.
  perform pg_advisory_xact_lock(hashtextextended('status-access:application:' || ref, 0));
  perform pg_advisory_xact_lock(hashtextextended('status-access:client:' || client, 0));

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
$function$;
revoke all on function public.open_application_status_for(application_id text, status_key text, withdraw boolean, client text) from public, anon, authenticated, service_role;
grant execute on function public.open_application_status_for(application_id text, status_key text, withdraw boolean, client text) to service_role;

-- The same door for PostgREST's caller (the status RPCs).
create or replace function public.open_application_status(application_id text, status_key text, withdraw boolean)
  returns jsonb
  language sql
  security definer
  set search_path to ''
as $function$
  select public.open_application_status_for(application_id, status_key, withdraw, public.status_client_key())
$function$;
revoke all on function public.open_application_status(application_id text, status_key text, withdraw boolean) from public, anon, authenticated, service_role;
grant execute on function public.open_application_status(application_id text, status_key text, withdraw boolean) to service_role;

create or replace function public.application_status(application_id text, status_key text)
  returns jsonb
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  perform public.require_read_write_call();
  return public.open_application_status(application_id, status_key, false);
end
$function$;
revoke all on function public.application_status(application_id text, status_key text) from public, anon, authenticated, service_role;
grant execute on function public.application_status(application_id text, status_key text) to anon, authenticated, service_role;

-- Withdrawing twice is harmless: the second call answers like a status read.
create or replace function public.withdraw_application(application_id text, status_key text)
  returns jsonb
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  perform public.require_read_write_call();
  return public.open_application_status(application_id, status_key, true);
end
$function$;
revoke all on function public.withdraw_application(application_id text, status_key text) from public, anon, authenticated, service_role;
grant execute on function public.withdraw_application(application_id text, status_key text) to anon, authenticated, service_role;

-- The data download's JSON (download-application-data): what the candidate submitted, nothing internal.
create or replace function public.application_data_export(application_id text, status_key text, client_address text)
  returns jsonb
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  answer jsonb;
  export jsonb;
begin
  perform public.require_read_write_call();
  answer := public.open_application_status_for(application_id, status_key, false, public.status_client_key_of(client_address));
  if answer ->> 'status' <> 'found' then
    return answer;
  end if;
  select jsonb_build_object(
    'application', (answer -> 'application') || jsonb_build_object('reference', a.reference, 'source', a.source),
    'profile', jsonb_build_object('fullName', a.full_name, 'email', a.email, 'phone', a.phone, 'links', a.links,
                                  'coverLetter', a.cover_letter),
    'answers', coalesce((
      select jsonb_agg(jsonb_build_object('question', q.value ->> 'label', 'answer', a.answers -> (q.value ->> 'id')) order by q.n)
        from jsonb_array_elements(j.questions) with ordinality q(value, n)
       where a.answers ? (q.value ->> 'id')), '[]'::jsonb),
    'consent', jsonb_build_object(
      'privacyNotice', case when n.id is null then null else jsonb_build_object('version', n.version, 'publishedAt', n.created_at,
                                                                                   'text', nullif(n.body, ''), 'url', n.url) end,
      'consentedAt', a.privacy_consent_at,
      'otherRoles', a.talent_pool_consent),
    'emails', coalesce((
      select jsonb_agg(jsonb_build_object('kind', m.template, 'subject', m.subject, 'to', m.to_address, 'sentAt', m.sent_at)
                       order by m.sent_at, m.id)
        from public.email_outbox m
       where m.application_id = a.id and m.recipient_user is null and m.status = 'sent'), '[]'::jsonb),
    'resume', jsonb_build_object('sizeBytes', a.resume_size),
    'resumePath', a.resume_path)
    into export
    from public.applications a
    join public.jobs j on j.id = a.job_id
    left join public.privacy_notices n on n.id = a.privacy_notice_id
   where a.id = (answer -> 'application' ->> 'id')::uuid;
  return jsonb_build_object('status', 'found', 'export', export);
end
$function$;
revoke all on function public.application_data_export(application_id text, status_key text, client_address text) from public, anon, authenticated, service_role;
grant execute on function public.application_data_export(application_id text, status_key text, client_address text) to service_role;

-- Failures older than the window count for nothing; withdraw-application's sweep forgets them.
create or replace function public.forget_status_access_failures()
  returns integer
  language sql
  security definer
  set search_path to ''
as $function$
  with gone as (
    delete from public.status_access_failures f
    where f.at <= now() - (select l.failure_window from public.status_access_limits() l)
    returning 1
  )
  select count(*)::integer from gone
$function$;
revoke all on function public.forget_status_access_failures() from public, anon, authenticated, service_role;
grant execute on function public.forget_status_access_failures() to service_role;

revoke all on table public.status_access_failures from anon, authenticated, service_role;

grant all on table public.status_access_failures to service_role;

revoke all on table public.status_access_salt from anon, authenticated, service_role;

grant all on table public.status_access_salt to service_role;

revoke all on sequence public.status_access_failures_id_seq from anon, authenticated, service_role;

grant all on sequence public.status_access_failures_id_seq to anon;

grant all on sequence public.status_access_failures_id_seq to authenticated;

grant all on sequence public.status_access_failures_id_seq to service_role;
