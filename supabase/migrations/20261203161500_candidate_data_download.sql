-- Why: a candidate downloads what they submitted from the status page. The download-application-data function asks
-- application_data_export with the status key and the caller's address; the same key check and guessing limits as the
-- status page decide (the address is passed in because the function, not the browser, calls PostgREST here).

-- The status key's salted client hash of a given address (status_client_key() is this for PostgREST's caller).
create function public.status_client_key_of(address text)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select encode(sha256(convert_to((select s.salt from public.status_access_salt s) || ':' || coalesce(nullif(btrim(address), ''), 'unknown'), 'UTF8')), 'hex')
$$;
revoke execute on function public.status_client_key_of(text) from public, anon, authenticated;

create or replace function public.status_client_key()
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select public.status_client_key_of(public.request_client_address())
$$;

-- The one door of 20261128500100, now for a given client: rate limit, key check, optional withdrawal, the candidate's view.
create function public.open_application_status_for(application_id text, status_key text, withdraw boolean, client text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
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
$$;

create or replace function public.open_application_status(application_id text, status_key text, withdraw boolean)
returns jsonb
language sql
volatile
security definer
set search_path = ''
as $$
  select public.open_application_status_for(application_id, status_key, withdraw, public.status_client_key())
$$;
revoke execute on function public.open_application_status_for(text, text, boolean, text) from public, anon, authenticated;

-- What the candidate submitted and what they were told, as the download's JSON (camelCase, like the status answer);
-- never notes, scores, parsed resume fields, the internal stage or who handled it. resumePath is for the function only.
create function public.application_data_export(application_id text, status_key text, client_address text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
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
$$;
revoke execute on function public.application_data_export(text, text, text) from public, anon, authenticated;
grant execute on function public.application_data_export(text, text, text) to service_role;
