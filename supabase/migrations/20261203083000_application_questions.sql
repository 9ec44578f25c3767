-- Why: jobs ask screening questions; Postgres checks every answer, flags knockout answers for a person, and keeps the source.

-- A question list is [{ id, type, label, help, required, choices, min, max, knockout }] with exactly those keys, in the
-- order candidates see them. knockout names the answers that flag an application: [true] or [false] for a yes/no
-- question, offered choices for a choice question, nothing for the others.
create function public.is_valid_job_questions(questions jsonb)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
declare
  q jsonb;
  t text;
  ids text[] := '{}';
  item jsonb;
begin
  if questions is null or jsonb_typeof(questions) <> 'array' or jsonb_array_length(questions) > 30 then
    return false;
  end if;
  for q in select value from jsonb_array_elements(questions) loop
    if jsonb_typeof(q) <> 'object'
      or not q ?& array['id', 'type', 'label', 'help', 'required', 'choices', 'min', 'max', 'knockout']
      or (select count(*) from jsonb_object_keys(q)) <> 9
      or jsonb_typeof(q -> 'id') <> 'string' or (q ->> 'id') !~ '^[a-z0-9][a-z0-9_-]{0,39}$' or (q ->> 'id') = any (ids)
      or jsonb_typeof(q -> 'type') <> 'string'
      or (q ->> 'type') not in ('short_text', 'long_text', 'yes_no', 'single_choice', 'multiple_choice', 'number', 'url')
      or jsonb_typeof(q -> 'label') <> 'string' or char_length(q ->> 'label') > 300 or not public.has_visible_text(q ->> 'label')
      or jsonb_typeof(q -> 'help') <> 'string' or char_length(q ->> 'help') > 1000
      or jsonb_typeof(q -> 'required') <> 'boolean'
      or jsonb_typeof(q -> 'choices') <> 'array'
      or jsonb_typeof(q -> 'knockout') <> 'array'
    then
      return false;
    end if;
    ids := ids || (q ->> 'id');
    t := q ->> 'type';
    if t in ('single_choice', 'multiple_choice') then
      if jsonb_array_length(q -> 'choices') not between 2 and 50 then return false; end if;
      for item in select value from jsonb_array_elements(q -> 'choices') loop
        if jsonb_typeof(item) <> 'string' or char_length(item #>> '{}') > 200 or not public.has_visible_text(item #>> '{}') then
          return false;
        end if;
      end loop;
      if (select count(distinct value) from jsonb_array_elements(q -> 'choices')) <> jsonb_array_length(q -> 'choices')
        or exists (select 1 from jsonb_array_elements(q -> 'knockout') k where not (q -> 'choices') @> jsonb_build_array(k.value))
        or (select count(distinct value) from jsonb_array_elements(q -> 'knockout')) <> jsonb_array_length(q -> 'knockout')
      then
        return false;
      end if;
    elsif jsonb_array_length(q -> 'choices') <> 0 then
      return false;
    end if;
    if t = 'yes_no' then
      if jsonb_array_length(q -> 'knockout') > 1
        or exists (select 1 from jsonb_array_elements(q -> 'knockout') k where jsonb_typeof(k.value) <> 'boolean') then
        return false;
      end if;
    elsif t not in ('single_choice', 'multiple_choice') and jsonb_array_length(q -> 'knockout') <> 0 then
      return false;
    end if;
    if t = 'number' then
      if jsonb_typeof(q -> 'min') not in ('null', 'number') or jsonb_typeof(q -> 'max') not in ('null', 'number')
        or (jsonb_typeof(q -> 'min') = 'number' and jsonb_typeof(q -> 'max') = 'number' and (q ->> 'min')::numeric > (q ->> 'max')::numeric) then
        return false;
      end if;
    elsif jsonb_typeof(q -> 'min') <> 'null' or jsonb_typeof(q -> 'max') <> 'null' then
      return false;
    end if;
  end loop;
  return true;
end
$$;

-- The longest answer each kind of question takes, in characters (the apply form's schema says the same).
create function public.question_answer_max_length(question_type text)
returns integer
language sql
immutable
set search_path = ''
as $$
  select case question_type when 'short_text' then 300 when 'long_text' then 5000 when 'url' then 2048 end
$$;

-- What is wrong with a set of answers to a job's questions, in words a candidate understands; null when nothing is.
-- answers is { <question id>: value }: text for text and URL questions, true/false, one offered choice, a list of
-- offered choices, a number. A JSON null or blank text is no answer.
create function public.application_answers_problem(questions jsonb, answers jsonb)
returns text
language plpgsql
immutable
set search_path = ''
as $$
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
$$;

-- The first knockout rule the answers meet, as { question_id, question, answer } (the question's words at the time, so
-- the rule stays readable when the job changes); null when none does.
create function public.application_knockout(questions jsonb, answers jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
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
$$;
grant execute on function public.is_valid_job_questions(jsonb), public.question_answer_max_length(text),
  public.application_answers_problem(jsonb, jsonb), public.application_knockout(jsonb, jsonb)
  to anon, authenticated, service_role;

alter table public.jobs
  add column questions jsonb not null default '[]' constraint jobs_questions_shape check (public.is_valid_job_questions(questions)),
  -- Opt-in: knocked-out applications nobody kept are rejected this many days after they arrived.
  add column knockout_reject_after_days integer constraint jobs_knockout_reject_after_days_range check (knockout_reject_after_days between 1 and 365);
grant insert (questions, knockout_reject_after_days), update (questions, knockout_reject_after_days) on table public.jobs to authenticated;

alter table public.applications
  add column answers jsonb not null default '{}'
    constraint applications_answers_shape check (jsonb_typeof(answers) = 'object' and octet_length(answers::text) <= 65536),
  add column knockout jsonb,
  add column knockout_kept_at timestamptz,
  add column knockout_kept_by uuid references auth.users (id) on delete set null,
  -- Where the candidate came from (?source= or utm_source), lower case, as a campaign tag: letters, digits, . _ -
  add column source text constraint applications_source_shape check (source ~ '^[a-z0-9][a-z0-9._-]{0,59}$');
grant insert (answers, source) on table public.applications to anon, authenticated;
-- Members read applications column by column (20261128500100_application_status_page.sql).
grant select (answers, knockout, knockout_kept_at, knockout_kept_by, source) on table public.applications to authenticated;
create index applications_job_source_idx on public.applications (job_id, source);
create index applications_job_knocked_out_idx on public.applications (job_id, created_at) where knockout is not null and knockout_kept_at is null;

-- Flags a new application that meets a knockout rule (never refuses it: a person or the job's opt-in rule decides).
-- Security definer: the job's questions are read whatever the writer may see; nothing is revealed, the row only
-- gets its flag.
create function public.screen_application()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.knockout := public.application_knockout((select j.questions from public.jobs j where j.id = new.job_id), new.answers);
  if current_user in ('anon', 'authenticated') then
    new.knockout_kept_at := null;
    new.knockout_kept_by := null;
  end if;
  return new;
end
$$;
revoke execute on function public.screen_application() from public, anon, authenticated;
create trigger applications_screen before insert on public.applications
  for each row execute function public.screen_application();

-- Every answer checked against the job's questions. After the insert policy admitted the row (so only a holder of a
-- grant for an open job hears about its questions); the error rolls the insert back and leaves the grant unused.
create function public.check_application_answers()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
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
$$;
revoke execute on function public.check_application_answers() from public, anon, authenticated;
create trigger applications_check_answers after insert on public.applications
  for each row when (current_user in ('anon', 'authenticated'))
  execute function public.check_application_answers();

-- A recruiter keeps a knocked-out application: it goes back to the job's list and no opt-in rule rejects it.
-- Someone outside the organization hears "not found" whether or not the application exists; the service role may keep any.
create function public.keep_knocked_out_application(application uuid)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  org uuid := public.application_org(keep_knocked_out_application.application);
begin
  if coalesce((select auth.role()), '') = 'service_role' then
    null;
  elsif org is null or not public.is_org_member(org) then
    raise exception 'No such application' using errcode = 'PT404';
  elsif not public.is_org_member(org, 'recruiter') then
    raise exception 'Only recruiters and owners can keep a knocked-out application' using errcode = '42501';
  end if;
  update public.applications
  set knockout_kept_at = now(), knockout_kept_by = (select auth.uid())
  where id = keep_knocked_out_application.application and knockout is not null and knockout_kept_at is null;
end
$$;
revoke execute on function public.keep_knocked_out_application(uuid) from public, anon;
grant execute on function public.keep_knocked_out_application(uuid) to authenticated, service_role;

-- Applications per source for one job (withdrawn ones left out), under the caller's RLS.
create function public.job_source_counts(job uuid)
returns table (source text, applications bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  select a.source, count(*) from public.applications a
  where a.job_id = job_source_counts.job and a.withdrawn_at is null
  group by a.source
  order by count(*) desc, a.source nulls last
$$;
revoke execute on function public.job_source_counts(uuid) from public, anon;
grant execute on function public.job_source_counts(uuid) to authenticated, service_role;
