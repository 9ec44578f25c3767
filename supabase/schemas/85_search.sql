-- Applicant search (full text over profile, answers and resume text) and duplicate detection.

-- Names and emails as words: "jane", "doe", "example" and the whole address all find jane.doe@example.com.
create or replace function public.applicant_profile_tsv(full_name text, email text)
  returns tsvector
  language sql
  immutable parallel safe
  set search_path to ''
as $function$
  select to_tsvector('simple'::regconfig,
    coalesce(full_name, '') || ' ' || translate(coalesce(email, ''), '@.+_-', '     ') || ' ' || coalesce(email, ''))
$function$;
revoke all on function public.applicant_profile_tsv(full_name text, email text) from public, anon, authenticated, service_role;
grant execute on function public.applicant_profile_tsv(full_name text, email text) to public, anon, authenticated, service_role;

-- Answers' text values (question ids and yes/no values are not words anyone searches for).
create or replace function public.applicant_answers_tsv(answers jsonb)
  returns tsvector
  language sql
  immutable parallel safe
  set search_path to ''
as $function$
  select jsonb_to_tsvector('english'::regconfig, coalesce(answers, '{}'), '["string"]')
$function$;
revoke all on function public.applicant_answers_tsv(answers jsonb) from public, anon, authenticated, service_role;
grant execute on function public.applicant_answers_tsv(answers jsonb) to public, anon, authenticated, service_role;

-- The search's tsquery: websearch syntax ("quotes", OR, -word), the scope's skill aliases expanded (k8s finds
-- Kubernetes) and the last word matched as a prefix while it is being typed. Null when nothing searchable is left.
create or replace function public.search_tsquery(config regconfig, query text, skills jsonb)
  returns tsquery
  language plpgsql
  stable
  set search_path to ''
as $function$
declare
  q tsquery := websearch_to_tsquery(config, query);
  skill record;
  form record;
  before tsquery;
begin
  if q is null or numnode(q) = 0 then
    return null;
  end if;
  for skill in
    select lower(s ->> 'name') as name,
      array_agg(distinct f.form) filter (where f.form <> '') as forms
    from jsonb_array_elements(coalesce(skills, '[]')) s,
      lateral (select s ->> 'name' as form union select jsonb_array_elements_text(coalesce(s -> 'aliases', '[]'))) f
    where jsonb_typeof(s) = 'object' and s ->> 'name' is not null
    group by 1
  loop
    -- One rewrite per skill: the first of its forms found in the query becomes "any of its forms".
    for form in
      select phraseto_tsquery(config, f) as target from unnest(skill.forms) f where numnode(phraseto_tsquery(config, f)) > 0
    loop
      before := q;
      q := ts_rewrite(q, form.target, (
        select string_agg('(' || phraseto_tsquery(config, f)::text || ')', ' | ')::tsquery
        from unnest(skill.forms) f where numnode(phraseto_tsquery(config, f)) > 0
      ));
      exit when q::text <> before::text;
    end loop;
  end loop;
  -- Prefix: the query ends in a bare word (not "quoted", not -excluded), so that word may still be half typed.
  if query ~ '[[:alnum:]]$' and query !~ '(^|\s)-[^\s"]*$' and (length(query) - length(replace(query, '"', ''))) % 2 = 0 then
    q := regexp_replace(q::text, '(^|[^!])(''(?:[^'']|'''')+'')$', '\1\2:*')::tsquery;
  end if;
  return q;
end
$function$;
revoke all on function public.search_tsquery(config regconfig, query text, skills jsonb) from public, anon, authenticated, service_role;
grant execute on function public.search_tsquery(config regconfig, query text, skills jsonb) to public, anon, authenticated, service_role;

-- Members search an organization (or one job of it): only jobs the caller is a member of (member_job_ids, the rule
-- the applications, resume_pages and notes policies apply) take part, so another organization's give no row and no
-- count. Security definer because under RLS Postgres may not use a GIN index for @@ (ts_match is not leakproof).
-- A resume matches when its pages together hold every positive term (resume_documents; for -word, none holds the
-- word); the snippet comes from the page holding most of the terms. One row per application, best first, with the
-- best hit's field ('resume', 'profile', 'answers', 'note'), page (resume hits) and a snippet whose matched words sit
-- between U+E000 and U+E001 (the client highlights them; nothing from the database is rendered as HTML).
create or replace function public.search_applications(query text, org uuid, job uuid default null::uuid, max_results integer default 20)
  returns table(application_id uuid, job_id uuid, job_title text, full_name text, email text, stage text, score integer, rank real, field text, page integer, snippet text, total bigint)
  language plpgsql
  stable security definer
  set search_path to ''
as $function$
#variable_conflict use_column
declare
  scope uuid[];
  skills jsonb;
  words tsquery;
  names tsquery;
  excluded tsquery;
  terms tsquery[];
  headline constant text := 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)
    || ', MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "';
begin
  if query is null or query !~ '[^[:space:]]' then
    raise exception 'Type a word to search for.' using errcode = '22023', hint = 'search_empty';
  end if;
  if char_length(query) > 200 then
    raise exception 'A search can be at most 200 characters long.' using errcode = '22023', hint = 'search_too_long';
  end if;
  if org is null then
    raise exception 'Choose the organization to search.' using errcode = '22023', hint = 'search_no_org';
  end if;
  if max_results is null or max_results not between 1 and 100 then
    raise exception 'Ask for between 1 and 100 results.' using errcode = '22023', hint = 'search_bad_limit';
  end if;

  select array_agg(distinct j.id), coalesce(jsonb_agg(s.value) filter (where s.value is not null), '[]')
  into scope, skills
  from public.jobs j
  left join lateral jsonb_array_elements(case when jsonb_typeof(j.skills) = 'array' then j.skills end) s on true
  where j.org_id = search_applications.org and (search_applications.job is null or j.id = search_applications.job)
    and (j.id in (select public.member_job_ids()) or (select auth.role()) = 'service_role');
  if scope is null then
    return;
  end if;

  words := public.search_tsquery('english', query, skills);
  names := public.search_tsquery('simple', query, '[]');
  if words is null and names is null then
    return; -- only stop words or punctuation: nothing to look for
  end if;
  if coalesce(querytree(words), 'T') = 'T' and coalesce(querytree(names), 'T') = 'T' then
    raise exception 'Add a word to look for: a search cannot only exclude words.' using errcode = '22023', hint = 'search_only_excludes';
  end if;
  -- "-java" excludes an applicant whose resume says Java on any page, whichever field matched.
  select string_agg(m[1], ' | ')::tsquery into excluded
  from regexp_matches(coalesce(words::text, ''), '!(''(?:[^'']|'''')+''(?::\*)?)', 'g') m;
  -- Each positive word on its own, to find the page that holds most of them.
  select array_agg(m[1]::tsquery) into terms
  from regexp_matches(coalesce(nullif(querytree(words), 'T'), ''), '(''(?:[^'']|'''')+''(?::\*)?)', 'g') m;
  if coalesce(querytree(words), 'T') = 'T' then
    words := null; -- "-java the": the resume words only exclude, so only names and emails are searched
  end if;

  return query
  with hits as (
    select d.application_id as id, 'resume'::text as field, ts_rank_cd(d.tsv, words) as rank
    from public.resume_documents d
    where d.tsv @@ words and d.job_id = any (scope)
    union all
    select a.id, 'profile', 2 * ts_rank_cd(public.applicant_profile_tsv(a.full_name, a.email), names)
    from public.applications a
    where public.applicant_profile_tsv(a.full_name, a.email) @@ names and a.job_id = any (scope)
    union all
    select a.id, 'answers', ts_rank_cd(public.applicant_answers_tsv(a.answers), words)
    from public.applications a
    where public.applicant_answers_tsv(a.answers) @@ words and a.job_id = any (scope)
    union all
    select n.application_id, 'note', ts_rank_cd(to_tsvector('english'::regconfig, n.body), words)
    from public.notes n
    join public.applications a on a.id = n.application_id
    where to_tsvector('english'::regconfig, n.body) @@ words and a.job_id = any (scope)
  ),
  -- A resume hit has excluded no word already (words holds the -word); other fields' hits are checked here.
  kept as (
    select h.* from hits h
    where h.field = 'resume' or excluded is null or not exists (
      select 1 from public.resume_documents x where x.application_id = h.id and x.tsv @@ excluded
    )
  ),
  best as (
    select distinct on (k.id) k.id, k.field, sum(k.rank) over (partition by k.id) as rank
    from kept k
    order by k.id, k.rank desc, k.field
  ),
  top as (
    select b.*, count(*) over () as total from best b order by b.rank desc, b.id limit max_results
  )
  select a.id, a.job_id, j.title, a.full_name, a.email, a.stage, a.score, t.rank::real, t.field, p.page,
    case t.field
      when 'resume' then ts_headline('english', p.text, words, headline)
      when 'profile' then ts_headline('simple', a.full_name || ' · ' || a.email, names, headline)
      when 'answers' then ts_headline('english', (select string_agg(e.value, ' · ') from jsonb_each_text(a.answers) e where jsonb_typeof(a.answers -> e.key) = 'string'), words, headline)
      else (select ts_headline('english', n.body, words, headline) from public.notes n where n.application_id = t.id and to_tsvector('english'::regconfig, n.body) @@ words order by n.created_at desc limit 1)
    end,
    t.total
  from top t
  join public.applications a on a.id = t.id
  join public.jobs j on j.id = a.job_id
  left join lateral (
    select rp.page, rp.text
    from public.resume_pages rp
    where t.field = 'resume' and rp.application_id = t.id
    order by (select count(*) from unnest(terms) q where rp.tsv @@ q) desc, ts_rank_cd(rp.tsv, querytree(words)::tsquery) desc, rp.page
    limit 1
  ) p on true
  order by t.rank desc, t.id;
end
$function$;
revoke all on function public.search_applications(query text, org uuid, job uuid, max_results integer) from public, anon, authenticated, service_role;
grant execute on function public.search_applications(query text, org uuid, job uuid, max_results integer) to authenticated, service_role;

-- The person's other applications in the same organisation, under the caller's RLS (members only see their org's).
create or replace function public.application_duplicates(application uuid)
  returns table(id uuid, job_id uuid, job_title text, stage text, created_at timestamp with time zone, withdrawn_at timestamp with time zone, matched_on text[])
  language sql
  stable
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.application_duplicates(application uuid) from public, anon, authenticated, service_role;
grant execute on function public.application_duplicates(application uuid) to authenticated, service_role;

create index applications_profile_tsv_idx on public.applications using gin (public.applicant_profile_tsv(full_name, email));

create index applications_answers_tsv_idx on public.applications using gin (public.applicant_answers_tsv(answers));
