-- Why: under RLS Postgres may not use a GIN index for @@ (ts_match is not leakproof, so it must run after the
-- policies), which made every search a sequential scan of all resume pages: the search now runs as security definer
-- over the caller's member jobs only (member_job_ids, the rule the policies themselves apply).

-- Members search an organization (or one job of it): only jobs the caller is a member of (member_job_ids, the rule
-- the applications, resume_pages and notes policies apply) take part, so another organization's give no row and no
-- count. Security definer because under RLS Postgres may not use a GIN index for @@ (ts_match is not leakproof, so
-- it must run after the policy), which made every search a sequential scan of all resume pages. One row per application, best first,
-- with the best hit's field ('resume', 'profile', 'answers', 'note'), page (resume hits) and a snippet whose matched
-- words sit between U+E000 and U+E001 (the client highlights them; nothing from the database is rendered as HTML).
create or replace function public.search_applications(query text, org uuid, job uuid default null, max_results integer default 20)
returns table (
  application_id uuid,
  job_id uuid,
  job_title text,
  full_name text,
  email text,
  stage text,
  score integer,
  rank real,
  field text,
  page integer,
  snippet text,
  total bigint
)
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  scope uuid[];
  skills jsonb;
  words tsquery;
  names tsquery;
  excluded tsquery;
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
  -- "-java" excludes an applicant whose resume says Java on any page, not only the page that matched.
  select string_agg(m[1], ' | ')::tsquery into excluded
  from regexp_matches(coalesce(words::text, ''), '!(''(?:[^'']|'''')+''(?::\*)?)', 'g') m;

  return query
  with hits as (
    select rp.application_id as id, 'resume'::text as field, rp.page, ts_rank_cd(rp.tsv, words) as rank
    from public.resume_pages rp
    where rp.tsv @@ words and rp.job_id = any (scope)
    union all
    select a.id, 'profile', null, 2 * ts_rank_cd(public.applicant_profile_tsv(a.full_name, a.email), names)
    from public.applications a
    where public.applicant_profile_tsv(a.full_name, a.email) @@ names and a.job_id = any (scope)
    union all
    select a.id, 'answers', null, ts_rank_cd(public.applicant_answers_tsv(a.answers), words)
    from public.applications a
    where public.applicant_answers_tsv(a.answers) @@ words and a.job_id = any (scope)
    union all
    select n.application_id, 'note', null, ts_rank_cd(to_tsvector('english'::regconfig, n.body), words)
    from public.notes n
    join public.applications a on a.id = n.application_id
    where to_tsvector('english'::regconfig, n.body) @@ words and a.job_id = any (scope)
  ),
  kept as (
    select h.* from hits h
    where excluded is null or not exists (
      select 1 from public.resume_pages x where x.application_id = h.id and x.tsv @@ excluded
    )
  ),
  best as (
    select distinct on (k.id) k.id, k.field, k.page, sum(k.rank) over (partition by k.id) as rank
    from kept k
    order by k.id, k.rank desc, k.page nulls last
  ),
  top as (
    select b.*, count(*) over () as total from best b order by b.rank desc, b.id limit max_results
  )
  select a.id, a.job_id, j.title, a.full_name, a.email, a.stage, a.score, t.rank::real, t.field, t.page,
    case t.field
      when 'resume' then (select ts_headline('english', rp.text, words, headline) from public.resume_pages rp where rp.application_id = t.id and rp.page = t.page)
      when 'profile' then ts_headline('simple', a.full_name || ' · ' || a.email, names, headline)
      when 'answers' then ts_headline('english', (select string_agg(e.value, ' · ') from jsonb_each_text(a.answers) e where jsonb_typeof(a.answers -> e.key) = 'string'), words, headline)
      else (select ts_headline('english', n.body, words, headline) from public.notes n where n.application_id = t.id and to_tsvector('english'::regconfig, n.body) @@ words order by n.created_at desc limit 1)
    end,
    t.total
  from top t
  join public.applications a on a.id = t.id
  join public.jobs j on j.id = a.job_id
  order by t.rank desc, t.id;
end
$$;
