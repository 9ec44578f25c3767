-- Why: a person who applies again is linked to their other applications in the organisation (same email, phone or
-- LinkedIn URL), a job's list shows their repeated submissions once, and the short reference finds an application.

-- The keys applications are linked by, kept normalised beside what the candidate typed.
create function public.email_match_key(email text)
returns text
language sql
immutable
set search_path = ''
as $$
  select nullif(lower(btrim(email)), '')
$$;

-- E.164 where the number says its country (+… or 00…); otherwise its digits, so the same national number still links.
create function public.phone_match_key(phone text)
returns text
language sql
immutable
set search_path = ''
as $$
  with p as (select btrim(coalesce(phone, '')) as raw, regexp_replace(coalesce(phone, ''), '\D', '', 'g') as digits)
  select case
    when char_length(p.digits) < 6 then null
    when p.raw like '+%' then '+' || ltrim(p.digits, '0')
    when p.digits like '00%' then '+' || ltrim(p.digits, '0')
    else p.digits
  end
  from p
$$;

-- linkedin.com/in/<name> whatever the scheme, www or country subdomain, query, fragment or trailing slash.
create function public.linkedin_match_key(url text)
returns text
language sql
immutable
set search_path = ''
as $$
  select 'linkedin.com' || nullif(substring(lower(btrim(coalesce(url, ''))) from '^(?:https?://)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com(/(?:in|pub)/[^/?#\s]+)'), '')
$$;

alter table public.applications
  add column email_key text generated always as (public.email_match_key(email)) stored,
  add column phone_key text generated always as (public.phone_match_key(phone)) stored,
  add column linkedin_key text generated always as (public.linkedin_match_key(links ->> 'linkedin')) stored,
  -- The short reference the success page and the confirmation email give the candidate (the id's first 8 hex digits).
  add column reference text generated always as (upper(left(id::text, 8))) stored,
  -- How many times this person applied to this job, and whether a later submission of theirs is the one listed.
  add column submission_count integer not null default 1,
  add column superseded boolean not null default false;

create index applications_email_key_idx on public.applications (email_key);
create index applications_phone_key_idx on public.applications (phone_key) where phone_key is not null;
create index applications_linkedin_key_idx on public.applications (linkedin_key) where linkedin_key is not null;
create index applications_job_reference_idx on public.applications (job_id, reference);

grant select (email_key, phone_key, linkedin_key, reference, submission_count, superseded) on table public.applications to authenticated;

-- One person's submissions to one job (any key in common, withdrawn ones left out): the latest is listed with the count.
create function public.refresh_job_submissions(job uuid, email text, phone text, linkedin text)
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  with person as (
    select a.id, a.created_at from public.applications a
     where a.job_id = refresh_job_submissions.job and a.withdrawn_at is null
       and (a.email_key = refresh_job_submissions.email or a.phone_key = refresh_job_submissions.phone
            or a.linkedin_key = refresh_job_submissions.linkedin)
  ), latest as (
    select p.id from person p order by p.created_at desc, p.id desc limit 1
  )
  update public.applications a
     set submission_count = (select count(*) from person), superseded = a.id <> (select l.id from latest l)
   where a.id in (select p.id from person p)
     and (a.submission_count, a.superseded) is distinct from ((select count(*) from person)::integer, a.id <> (select l.id from latest l))
$$;
revoke execute on function public.refresh_job_submissions(uuid, text, text, text) from public, anon, authenticated;

create function public.track_job_submissions()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform public.refresh_job_submissions(old.job_id, old.email_key, old.phone_key, old.linkedin_key);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform public.refresh_job_submissions(new.job_id, new.email_key, new.phone_key, new.linkedin_key);
  end if;
  return null;
end
$$;
revoke execute on function public.track_job_submissions() from public, anon, authenticated;
create trigger applications_track_submissions after insert or delete or update of withdrawn_at on public.applications
  for each row execute function public.track_job_submissions();

-- What is already stored links up too.
do $$
declare
  r record;
begin
  for r in select distinct job_id, email_key, phone_key, linkedin_key from public.applications loop
    perform public.refresh_job_submissions(r.job_id, r.email_key, r.phone_key, r.linkedin_key);
  end loop;
end
$$;

-- The person's other applications in the same organisation, under the caller's RLS (members only see their org's).
create function public.application_duplicates(application uuid)
returns table (id uuid, job_id uuid, job_title text, stage text, created_at timestamptz, withdrawn_at timestamptz, matched_on text[])
language sql
stable
security invoker
set search_path = ''
as $$
  select o.id, o.job_id, j.title, o.stage, o.created_at, o.withdrawn_at,
         array_remove(array[
           case when o.email_key = a.email_key then 'email' end,
           case when o.phone_key = a.phone_key then 'phone' end,
           case when o.linkedin_key = a.linkedin_key then 'linkedin' end], null)
    from public.applications a
    join public.jobs ja on ja.id = a.job_id
    join public.applications o on o.id <> a.id
     and (o.email_key = a.email_key or o.phone_key = a.phone_key or o.linkedin_key = a.linkedin_key)
    join public.jobs j on j.id = o.job_id and j.org_id = ja.org_id
   where a.id = application_duplicates.application
   order by o.created_at desc, o.id
   limit 100
$$;
revoke execute on function public.application_duplicates(uuid) from public, anon;
grant execute on function public.application_duplicates(uuid) to authenticated, service_role;
grant execute on function public.email_match_key(text), public.phone_match_key(text), public.linkedin_match_key(text)
  to anon, authenticated, service_role;
