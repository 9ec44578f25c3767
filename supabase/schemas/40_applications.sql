-- Applications: who may submit one (the candidate insert rule), answers, consent, stages and their history.
-- Who may insert an application: the policy "candidates submit with an upload grant" (can_submit_application), the
-- anon column grant at the end of this file, and the applications_* triggers that check what was submitted.

-- links is { linkedin?, portfolio? }, each an http(s) URL.
create or replace function public.is_valid_application_links(links jsonb)
  returns boolean
  language sql
  immutable
  set search_path to ''
as $function$
  select jsonb_typeof(links) = 'object'
    and not exists (
      select 1 from jsonb_each(links) l
      where l.key not in ('linkedin', 'portfolio')
         or jsonb_typeof(l.value) <> 'string'
         or char_length(l.value #>> '{}') > 2048
         or (l.value #>> '{}') !~* '^https?://[^\s/]+\.[^\s]+$'
    )
$function$;
revoke all on function public.is_valid_application_links(links jsonb) from public, anon, authenticated, service_role;
grant execute on function public.is_valid_application_links(links jsonb) to public, anon, authenticated, service_role;

-- The keys applications are linked by, kept normalised beside what the candidate typed.
create or replace function public.email_match_key(email text)
  returns text
  language sql
  immutable
  set search_path to ''
as $function$
  select nullif(lower(btrim(email)), '')
$function$;
revoke all on function public.email_match_key(email text) from public, anon, authenticated, service_role;
grant execute on function public.email_match_key(email text) to public, anon, authenticated, service_role;

-- linkedin.com/in/<name> whatever the scheme, www or country subdomain, query, fragment or trailing slash.
create or replace function public.linkedin_match_key(url text)
  returns text
  language sql
  immutable
  set search_path to ''
as $function$
  select 'linkedin.com' || nullif(substring(lower(btrim(coalesce(url, ''))) from '^(?:https?://)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com(/(?:in|pub)/[^/?#\s]+)'), '')
$function$;
revoke all on function public.linkedin_match_key(url text) from public, anon, authenticated, service_role;
grant execute on function public.linkedin_match_key(url text) to public, anon, authenticated, service_role;

-- The country calling code and national trunk prefix of the countries we read national numbers for (null elsewhere:
-- such a number keeps its bare digits, as before). Italy and San Marino keep the leading 0 in E.164, so no prefix.
create or replace function public.phone_country(country text)
  returns table(calling_code text, trunk_prefix text)
  language sql
  immutable
  set search_path to ''
as $function$
  select c.calling_code, c.trunk_prefix
  from (values
    ('AT', '43', '0'), ('AU', '61', '0'), ('BE', '32', '0'), ('BG', '359', '0'), ('CA', '1', '1'), ('CH', '41', '0'),
    ('CY', '357', ''), ('CZ', '420', ''), ('DE', '49', '0'), ('DK', '45', ''), ('EE', '372', ''), ('ES', '34', ''),
    ('FI', '358', '0'), ('FR', '33', '0'), ('GB', '44', '0'), ('GR', '30', ''), ('HR', '385', '0'), ('HU', '36', '06'),
    ('IE', '353', '0'), ('IL', '972', '0'), ('IN', '91', '0'), ('IS', '354', ''), ('IT', '39', ''), ('JP', '81', '0'),
    ('KR', '82', '0'), ('LI', '423', ''), ('LT', '370', '0'), ('LU', '352', ''), ('LV', '371', ''), ('MT', '356', ''),
    ('NL', '31', '0'), ('NO', '47', ''), ('NZ', '64', '0'), ('PL', '48', ''), ('PT', '351', ''), ('RO', '40', '0'),
    ('SE', '46', '0'), ('SG', '65', ''), ('SI', '386', '0'), ('SK', '421', '0'), ('SM', '378', ''), ('TR', '90', '0'),
    ('UA', '380', '0'), ('US', '1', '1'), ('ZA', '27', '0')
  ) as c (country, calling_code, trunk_prefix)
  where c.country = phone_country.country
$function$;
revoke all on function public.phone_country(country text) from public, anon, authenticated, service_role;
grant execute on function public.phone_country(country text) to public, anon, authenticated, service_role;

-- E.164 where the number says its country (+… or 00…; a "(0)" after the code is dropped); a national number in the
-- given country's format becomes +<calling code><number without the trunk prefix>; otherwise its digits.
create or replace function public.phone_match_key(phone text, country text)
  returns text
  language sql
  immutable
  set search_path to ''
as $function$
  with p as (
    select btrim(coalesce(phone, '')) as raw,
           regexp_replace(replace(coalesce(phone, ''), '(0)', ''), '\D', '', 'g') as digits
  ), c as (
    select (select pc.calling_code from public.phone_country(upper(country)) pc) as code,
           (select pc.trunk_prefix from public.phone_country(upper(country)) pc) as trunk
  )
  select case
    when char_length(p.digits) < 6 then null
    when p.raw like '+%' then '+' || ltrim(p.digits, '0')
    when p.digits like '00%' then '+' || ltrim(p.digits, '0')
    when c.code is null then p.digits
    when c.trunk <> '' and p.digits like c.trunk || '%' then '+' || c.code || substr(p.digits, char_length(c.trunk) + 1)
    else '+' || c.code || p.digits
  end
  from p, c
$function$;
revoke all on function public.phone_match_key(phone text, country text) from public, anon, authenticated, service_role;
grant execute on function public.phone_match_key(phone text, country text) to public, anon, authenticated, service_role;

create table public.applications (
  id uuid default gen_random_uuid() not null,
  job_id uuid not null,
  full_name text not null,
  email text not null,
  phone text,
  links jsonb default '{}'::jsonb not null,
  cover_letter text,
  resume_path text not null,
  resume_size bigint not null,
  stage text default 'applied'::text not null,
  score integer,
  score_details jsonb,
  parsed jsonb,
  parse_status text default 'pending'::text not null,
  parse_error text,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  legacy_ref text,
  -- Set once, by public.withdraw_application (the candidate's status page); never by members or the insert.
  withdrawn_at timestamp with time zone,
  status_key_hash text,
  answers jsonb default '{}'::jsonb not null,
  knockout jsonb,
  knockout_kept_at timestamp with time zone,
  knockout_kept_by uuid,
  -- Where the candidate came from (?source= or utm_source), lower case, as a campaign tag: letters, digits, . _ -
  source text,
  -- The reason of a rejected application; set only by reject_applications, cleared when it leaves 'rejected'.
  rejection_reason_id uuid,
  email_key text generated always as (public.email_match_key(email)) stored,
  linkedin_key text generated always as (public.linkedin_match_key((links ->> 'linkedin'::text))) stored,
  -- The short reference the success page and the confirmation email give the candidate (the id's first 8 hex digits).
  reference text generated always as (upper("left"((id)::text, 8))) stored,
  -- How many times this person applied to this job, and whether a later submission of theirs is the one listed.
  submission_count integer default 1 not null,
  superseded boolean default false not null,
  erasure_hold_at timestamp with time zone,
  erasure_hold_by uuid,
  privacy_notice_id uuid,
  privacy_consent_at timestamp with time zone,
  talent_pool_consent boolean default false not null,
  -- E.164 by the job's country (set_phone_key), so a national number links to the same number written with its code.
  phone_key text,
  constraint applications_full_name_check check (((char_length(full_name) between 1 and 200) and (full_name ~ '\S'::text))),
  constraint applications_email_check check (((char_length(email) <= 254) and (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'::text))),
  constraint applications_phone_check check ((char_length(phone) <= 40)),
  constraint applications_links_shape check (public.is_valid_application_links(links)),
  constraint applications_cover_letter_check check ((char_length(cover_letter) <= 5000)),
  constraint applications_resume_size_check check ((resume_size > 0)),
  constraint applications_stage_check check ((stage = any (array['applied'::text, 'screening'::text, 'interview'::text, 'offer'::text, 'hired'::text, 'rejected'::text]))),
  constraint applications_score_check check (((score >= 0) and (score <= 100))),
  constraint applications_parse_status_check check ((parse_status = any (array['pending'::text, 'done'::text, 'failed'::text]))),
  constraint applications_pkey primary key (id),
  constraint applications_resume_path_key unique (resume_path),
  constraint applications_legacy_ref_key unique (legacy_ref),
  constraint applications_legacy_ref_shape check ((char_length(legacy_ref) between 1 and 200)),
  constraint applications_status_key_hash_shape check ((status_key_hash ~ '^[0-9a-f]{64}$'::text)),
  constraint applications_full_name_visible check (public.has_visible_text(full_name)),
  constraint applications_answers_shape check (((jsonb_typeof(answers) = 'object'::text) and (octet_length((answers)::text) <= 65536))),
  constraint applications_source_shape check ((source ~ '^[a-z0-9][a-z0-9._-]{0,59}$'::text)),
  constraint applications_job_id_fkey foreign key (job_id) references public.jobs(id),
  constraint applications_knockout_kept_by_fkey foreign key (knockout_kept_by) references auth.users(id) on delete set null,
  constraint applications_erasure_hold_by_fkey foreign key (erasure_hold_by) references auth.users(id) on delete set null,
  constraint applications_privacy_notice_id_fkey foreign key (privacy_notice_id) references public.privacy_notices(id)
);

alter table public.applications enable row level security;

create index applications_pending_idx on public.applications (created_at) where (parse_status = 'pending'::text);

create index applications_full_name_trgm_idx on public.applications using gin (full_name extensions.gin_trgm_ops);

create index applications_email_trgm_idx on public.applications using gin (email extensions.gin_trgm_ops);

-- "New since last visit" and the date sort read applications of one job by arrival time.
create index applications_job_created_at_idx on public.applications (job_id, created_at desc);

create index applications_job_full_name_idx on public.applications (job_id, full_name);

create index applications_job_stage_score_idx on public.applications (job_id, stage, score desc nulls last, created_at desc, id) include (withdrawn_at);

create index applications_job_score_idx on public.applications (job_id, score desc nulls last, created_at desc, id) include (withdrawn_at);

create index applications_withdrawn_at_idx on public.applications (withdrawn_at) where (withdrawn_at is not null);

create index applications_job_source_idx on public.applications (job_id, source);

create index applications_job_knocked_out_idx on public.applications (job_id, created_at) where ((knockout is not null) and (knockout_kept_at is null));

create index applications_rejection_reason_idx on public.applications (rejection_reason_id) where (rejection_reason_id is not null);

create index applications_email_key_idx on public.applications (email_key);

create index applications_phone_key_idx on public.applications (phone_key) where (phone_key is not null);

create index applications_linkedin_key_idx on public.applications (linkedin_key) where (linkedin_key is not null);

create index applications_job_reference_idx on public.applications (job_id, reference);

create index applications_privacy_notice_idx on public.applications (privacy_notice_id) where (privacy_notice_id is not null);

-- The stage history: every application's life as (from → to, who, when), written only here.
create table public.stage_events (
  id bigint generated always as identity not null,
  application_id uuid not null,
  from_stage text,
  to_stage text not null,
  actor uuid,
  at timestamp with time zone default now() not null,
  constraint stage_events_pkey primary key (id),
  constraint stage_events_application_id_fkey foreign key (application_id) references public.applications(id) on delete cascade,
  constraint stage_events_actor_fkey foreign key (actor) references auth.users(id) on delete set null
);

alter table public.stage_events enable row level security;

create index stage_events_application_id_idx on public.stage_events (application_id, at);

-- The org of an application, for policies on tables that only know an application id.
create or replace function public.application_org(application uuid)
  returns uuid
  language sql
  stable security definer
  set search_path to ''
as $function$
  select j.org_id from public.applications a join public.jobs j on j.id = a.job_id where a.id = application_org.application
$function$;
revoke all on function public.application_org(application uuid) from public, anon, authenticated, service_role;
grant execute on function public.application_org(application uuid) to anon, authenticated, service_role;

-- The submit check: the job is open, the path was granted for this job and the grant is unexpired, and the
-- resume really is in the bucket. A used grant passes only while its application exists, so a retried submit
-- fails on the unique resume_path (409, "already submitted") instead of looking like a refusal.
create or replace function public.can_submit_application(job uuid, path text)
  returns boolean
  language sql
  stable security definer
  set search_path to ''
as $function$
  select exists (
    select 1
    from public.upload_grants g
    join public.jobs j on j.id = g.job_id
    where g.path = can_submit_application.path
      and g.job_id = can_submit_application.job
      and j.status = 'open'
      and g.expires_at > now()
      and (g.used_at is null or exists (select 1 from public.applications a where a.resume_path = g.path))
      and exists (select 1 from storage.objects o where o.bucket_id = 'resumes' and o.name = g.path)
  )
$function$;
revoke all on function public.can_submit_application(job uuid, path text) from public, anon, authenticated, service_role;
grant execute on function public.can_submit_application(job uuid, path text) to anon, authenticated, service_role;

-- Whatever an API caller sends, a new application starts in 'applied', unscored and waiting to be parsed.
create or replace function public.start_application()
  returns trigger
  language plpgsql
  set search_path to ''
as $function$
begin
  if current_user in ('anon', 'authenticated') then
    new.stage := 'applied';
    new.score := null;
    new.score_details := null;
    new.parsed := null;
    new.parse_status := 'pending';
    new.parse_error := null;
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$function$;
revoke all on function public.start_application() from public, anon, authenticated, service_role;
grant execute on function public.start_application() to service_role;

-- One application per grant: the grant is spent the moment the row exists.
create or replace function public.spend_upload_grant()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  update public.upload_grants set used_at = now() where path = new.resume_path and used_at is null;
  return null;
end
$function$;
revoke all on function public.spend_upload_grant() from public, anon, authenticated, service_role;
grant execute on function public.spend_upload_grant() to service_role;

create or replace function public.record_stage_event()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  insert into public.stage_events (application_id, from_stage, to_stage, actor)
  values (new.id, case when tg_op = 'UPDATE' then old.stage end, new.stage, (select auth.uid()));
  return null;
end
$function$;
revoke all on function public.record_stage_event() from public, anon, authenticated, service_role;
grant execute on function public.record_stage_event() to service_role;

-- The importer sets created_at to when the candidate applied on the old system (start_application only resets it for
-- anon and authenticated). The first stage event should say the same, not the moment of the import.
create or replace function public.backdate_imported_history()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  update public.stage_events set at = new.created_at where application_id = new.id and from_stage is null;
  return null;
end
$function$;
revoke all on function public.backdate_imported_history() from public, anon, authenticated, service_role;
grant execute on function public.backdate_imported_history() to service_role;

-- Storage records each object's size and type in storage.objects.metadata once its bytes are stored: hosted
-- Storage writes its backend's ObjectMetadata there (supabase/storage, src/storage/backend/generic.ts: `size` a
-- number of bytes, `mimetype`, `contentLength`, `eTag`, …) and the local stack the same (stack/storage/upload.ts). Runs after the insert policy admitted the row (grant and object checked),
-- so only a holder of the grant learns about its object. The error rolls the insert back: the grant stays unused and
-- the candidate can submit again with the right size.
create or replace function public.check_submitted_resume()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.check_submitted_resume() from public, anon, authenticated, service_role;
grant execute on function public.check_submitted_resume() to service_role;

-- What is wrong with a set of answers to a job's questions, in words a candidate understands; null when nothing is.
-- answers is { <question id>: value }: text for text and URL questions, true/false, one offered choice, a list of
-- offered choices, a number. A JSON null or blank text is no answer.
create or replace function public.application_answers_problem(questions jsonb, answers jsonb)
  returns text
  language plpgsql
  immutable
  set search_path to ''
as $function$
declare
  q jsonb;
  a jsonb;
  label text;
  unknown text;
begin
  if jsonb_typeof(answers) <> 'object' then
    return 'answers must be an object of question ids and answers';
  end if;
  select k into unknown from jsonb_object_keys(answers) k
  where not exists (select 1 from jsonb_array_elements(coalesce(questions, '[]')) x where x.value ->> 'id' = k)
  limit 1;
  if unknown is not null then
    return format('This job asks no question "%s"', left(unknown, 60));
  end if;
  for q in select value from jsonb_array_elements(coalesce(questions, '[]')) loop
    a := answers -> (q ->> 'id');
    label := q ->> 'label';
    if a is null or jsonb_typeof(a) = 'null'
      or (jsonb_typeof(a) = 'string' and not public.has_visible_text(a #>> '{}'))
      or (jsonb_typeof(a) = 'array' and jsonb_array_length(a) = 0) then
      if (q ->> 'required')::boolean then
        return format('Answer the question "%s"', label);
      end if;
      continue;
    end if;
    case q ->> 'type'
      when 'short_text', 'long_text', 'url' then
        if jsonb_typeof(a) <> 'string' then
          return format('The answer to "%s" must be text', label);
        elsif char_length(a #>> '{}') > public.question_answer_max_length(q ->> 'type') then
          return format('The answer to "%s" can be at most %s characters', label, public.question_answer_max_length(q ->> 'type'));
        elsif q ->> 'type' = 'url' and (a #>> '{}') !~* '^https?://[^\s/]+\.[^\s]+$' then
          return format('The answer to "%s" must be a web address starting with https://', label);
        end if;
      when 'yes_no' then
        if jsonb_typeof(a) <> 'boolean' then
          return format('The answer to "%s" must be yes or no', label);
        end if;
      when 'single_choice' then
        if jsonb_typeof(a) <> 'string' or not (q -> 'choices') @> jsonb_build_array(a) then
          return format('The answer to "%s" must be one of its choices', label);
        end if;
      when 'multiple_choice' then
        if jsonb_typeof(a) <> 'array'
          or exists (select 1 from jsonb_array_elements(a) c where jsonb_typeof(c.value) <> 'string' or not (q -> 'choices') @> jsonb_build_array(c.value))
          or (select count(distinct value) from jsonb_array_elements(a)) <> jsonb_array_length(a) then
          return format('The answers to "%s" must be some of its choices, each once', label);
        end if;
      when 'number' then
        if jsonb_typeof(a) <> 'number' then
          return format('The answer to "%s" must be a number', label);
        elsif jsonb_typeof(q -> 'min') = 'number' and (a #>> '{}')::numeric < (q ->> 'min')::numeric then
          return format('The answer to "%s" must be at least %s', label, q ->> 'min');
        elsif jsonb_typeof(q -> 'max') = 'number' and (a #>> '{}')::numeric > (q ->> 'max')::numeric then
          return format('The answer to "%s" must be at most %s', label, q ->> 'max');
        end if;
      else
        return format('The question "%s" cannot be answered', label);
    end case;
  end loop;
  return null;
end
$function$;
revoke all on function public.application_answers_problem(questions jsonb, answers jsonb) from public, anon, authenticated, service_role;
grant execute on function public.application_answers_problem(questions jsonb, answers jsonb) to public, anon, authenticated, service_role;

-- The first knockout rule the answers meet, as { question_id, question, answer } (the question's words at the time, so
-- the rule stays readable when the job changes); null when none does.
create or replace function public.application_knockout(questions jsonb, answers jsonb)
  returns jsonb
  language sql
  immutable
  set search_path to ''
as $function$
  select jsonb_build_object('question_id', q.value ->> 'id', 'question', q.value ->> 'label', 'answer', answers -> (q.value ->> 'id'))
  from jsonb_array_elements(case when jsonb_typeof(questions) = 'array' then questions else '[]' end) with ordinality q(value, n)
  where jsonb_typeof(answers) = 'object'
    and jsonb_typeof(q.value -> 'knockout') = 'array'
    and exists (
      select 1 from jsonb_array_elements(q.value -> 'knockout') k
      where k.value = answers -> (q.value ->> 'id')
         or (jsonb_typeof(answers -> (q.value ->> 'id')) = 'array' and (answers -> (q.value ->> 'id')) @> jsonb_build_array(k.value))
    )
  order by q.n
  limit 1
$function$;
revoke all on function public.application_knockout(questions jsonb, answers jsonb) from public, anon, authenticated, service_role;
grant execute on function public.application_knockout(questions jsonb, answers jsonb) to public, anon, authenticated, service_role;

-- Flags a new application that meets a knockout rule (never refuses it: a person or the job's opt-in rule decides).
-- Security definer: the job's questions are read whatever the writer may see; nothing is revealed, the row only
-- gets its flag.
create or replace function public.screen_application()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  new.knockout := public.application_knockout((select j.questions from public.jobs j where j.id = new.job_id), new.answers);
  if current_user in ('anon', 'authenticated') then
    new.knockout_kept_at := null;
    new.knockout_kept_by := null;
  end if;
  return new;
end
$function$;
revoke all on function public.screen_application() from public, anon, authenticated, service_role;
grant execute on function public.screen_application() to service_role;

-- Every answer checked against the job's questions. After the insert policy admitted the row (so only a holder of a
-- grant for an open job hears about its questions); the error rolls the insert back and leaves the grant unused.
create or replace function public.check_application_answers()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  problem text;
begin
  problem := public.application_answers_problem((select j.questions from public.jobs j where j.id = new.job_id), new.answers);
  if problem is not null then
    raise exception '%', problem
      using errcode = '23514', constraint = 'applications_answers_match_questions',
            hint = 'Answer each of the job''s questions with a value of its type.';
  end if;
  return null;
end
$function$;
revoke all on function public.check_application_answers() from public, anon, authenticated, service_role;
grant execute on function public.check_application_answers() to service_role;

-- One person's submissions to one job (any key in common, withdrawn ones left out): the latest is listed with the count.
create or replace function public.refresh_job_submissions(job uuid, email text, phone text, linkedin text)
  returns void
  language sql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.refresh_job_submissions(job uuid, email text, phone text, linkedin text) from public, anon, authenticated, service_role;
grant execute on function public.refresh_job_submissions(job uuid, email text, phone text, linkedin text) to service_role;

create or replace function public.track_job_submissions()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform public.refresh_job_submissions(old.job_id, old.email_key, old.phone_key, old.linkedin_key);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform public.refresh_job_submissions(new.job_id, new.email_key, new.phone_key, new.linkedin_key);
  end if;
  return null;
end
$function$;
revoke all on function public.track_job_submissions() from public, anon, authenticated, service_role;
grant execute on function public.track_job_submissions() to service_role;

-- Security definer: the job's country is read whatever the writer may see of the job; only the key is set.
create or replace function public.set_phone_key()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  new.phone_key := public.phone_match_key(new.phone, (select j.country_code from public.jobs j where j.id = new.job_id));
  return new;
end
$function$;
revoke all on function public.set_phone_key() from public, anon, authenticated, service_role;
grant execute on function public.set_phone_key() to service_role;

-- The consent time is the database's, never the browser's.
create or replace function public.stamp_privacy_consent()
  returns trigger
  language plpgsql
  set search_path to ''
as $function$
begin
  new.privacy_consent_at := case when new.privacy_notice_id is not null then now() end;
  return new;
end
$function$;
revoke all on function public.stamp_privacy_consent() from public, anon, authenticated, service_role;
grant execute on function public.stamp_privacy_consent() to service_role;

-- After the insert policy admitted the row, like the answers check: the error rolls the insert back and leaves the
-- upload grant unused, so the candidate agrees and sends again without a new upload.
create or replace function public.check_privacy_consent()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  required uuid := public.current_privacy_notice((select j.org_id from public.jobs j where j.id = new.job_id));
begin
  if required is null or new.privacy_notice_id = required then
    return null;
  end if;
  if new.privacy_notice_id is null then
    raise exception 'Agree to the privacy notice to apply'
      using errcode = '23514', constraint = 'applications_privacy_consent_required',
            hint = 'Consent to the organization''s current privacy notice is required.';
  end if;
  raise exception 'The privacy notice has changed since you opened the form; read the new version and agree to it'
    using errcode = '23514', constraint = 'applications_privacy_consent_required',
          hint = 'Consent to the organization''s current privacy notice is required.';
end
$function$;
revoke all on function public.check_privacy_consent() from public, anon, authenticated, service_role;
grant execute on function public.check_privacy_consent() to service_role;

create trigger applications_start before insert on public.applications for each row execute function public.start_application();

create trigger applications_touch_updated_at before update on public.applications for each row execute function public.touch_updated_at();

create trigger applications_spend_upload_grant after insert on public.applications for each row execute function public.spend_upload_grant();

create trigger applications_record_first_stage after insert on public.applications for each row execute function public.record_stage_event();

create trigger applications_record_stage_change after update of stage on public.applications for each row when ((old.stage is distinct from new.stage)) execute function public.record_stage_event();

-- Named to fire after applications_record_first_stage (same-event triggers run in name order).
create trigger applications_record_imported_history after insert on public.applications for each row when ((new.legacy_ref is not null)) execute function public.backdate_imported_history();

-- The roles the insert policy applies to; the service role (admin CLI, legacy import) is trusted as everywhere else.
create trigger applications_check_submitted_resume after insert on public.applications for each row when ((current_user = any (array['anon'::name, 'authenticated'::name]))) execute function public.check_submitted_resume();

create trigger applications_screen before insert on public.applications for each row execute function public.screen_application();

create trigger applications_check_answers after insert on public.applications for each row when ((current_user = any (array['anon'::name, 'authenticated'::name]))) execute function public.check_application_answers();

create trigger applications_track_submissions after insert or delete or update of withdrawn_at on public.applications for each row execute function public.track_job_submissions();

create trigger applications_set_phone_key before insert or update of phone, job_id on public.applications for each row execute function public.set_phone_key();

create trigger applications_stamp_privacy_consent before insert on public.applications for each row execute function public.stamp_privacy_consent();

create trigger applications_check_privacy_consent after insert on public.applications for each row when ((current_user = any (array['anon'::name, 'authenticated'::name]))) execute function public.check_privacy_consent();

-- The candidate insert rule: with the anon key, a row goes in only for an open job, through a fresh upload grant for
-- its resume path, with the PDF really in the bucket; the column grant limits what the candidate writes.
create policy "candidates submit with an upload grant" on public.applications for insert to anon, authenticated
  with check (public.can_submit_application(job_id, resume_path));

create policy "members read their organization's applications" on public.applications for select to authenticated
  using ((job_id in ( select public.member_job_ids() as member_job_ids)));

create policy "recruiters move applications between stages" on public.applications for update to authenticated
  using ((job_id in ( select public.member_job_ids('recruiter'::text) as member_job_ids)))
  with check ((job_id in ( select public.member_job_ids('recruiter'::text) as member_job_ids)));

create policy "owners erase applications" on public.applications for delete to authenticated
  using ((job_id in ( select public.member_job_ids('owner'::text) as member_job_ids)));

create policy "members read their organization's stage history" on public.stage_events for select to authenticated
  using (public.is_org_member(public.application_org(application_id)));

revoke all on table public.applications from anon, authenticated, service_role;

grant all on table public.applications to service_role;

grant delete on table public.applications to authenticated;

grant insert (id, job_id, full_name, email, phone, links, cover_letter, resume_path, resume_size, status_key_hash, answers, source, privacy_notice_id, talent_pool_consent) on table public.applications to anon;

grant insert (id, job_id, full_name, email, phone, links, cover_letter, resume_path, resume_size, status_key_hash, answers, source, privacy_notice_id, talent_pool_consent) on table public.applications to authenticated;

grant select (id, job_id, full_name, email, phone, links, cover_letter, resume_path, resume_size, stage, score, score_details, parsed, parse_status, parse_error, created_at, updated_at, legacy_ref, withdrawn_at, answers, knockout, knockout_kept_at, knockout_kept_by, source, rejection_reason_id, email_key, phone_key, linkedin_key, reference, submission_count, superseded, erasure_hold_at, erasure_hold_by, privacy_notice_id, privacy_consent_at, talent_pool_consent) on table public.applications to authenticated;

grant update (stage) on table public.applications to authenticated;

revoke all on table public.stage_events from anon, authenticated, service_role;

grant all on table public.stage_events to service_role;

grant select on table public.stage_events to authenticated;

revoke all on sequence public.stage_events_id_seq from anon, authenticated, service_role;

grant all on sequence public.stage_events_id_seq to anon;

grant all on sequence public.stage_events_id_seq to authenticated;

grant all on sequence public.stage_events_id_seq to service_role;
