-- Why: a search matched page by page, so "react kubernetes" missed a resume with React on page 1 and Kubernetes on
-- page 2, and an org-wide search rechecked and ranked every matching page (1.5 s on the 100k bench): the search now
-- matches and ranks one document per resume (its pages' words in page order) and reads pages only for the snippet.

-- One row per scored resume, written with its pages by store_scoring_result only; members never read it directly
-- (search_applications, security definer, reads it for the jobs they are members of).
create table public.resume_documents (
  application_id uuid primary key references public.applications (id) on delete cascade,
  job_id uuid not null references public.jobs (id) on delete cascade,
  tsv tsvector not null
);
create index resume_documents_tsv_idx on public.resume_documents using gin (tsv);
create index resume_documents_job_idx on public.resume_documents (job_id);

alter table public.resume_documents enable row level security;
revoke all on table public.resume_documents from anon, authenticated;
grant all on table public.resume_documents to service_role;

-- The document of one application's pages; the first million characters (a tsvector holds at most 1 MB of words).
create function public.resume_document_tsv(application uuid)
returns tsvector
language sql
stable
set search_path = ''
as $$
  select to_tsvector('english'::regconfig, left(string_agg(rp.text, E'\n' order by rp.page), 1000000))
  from public.resume_pages rp
  where rp.application_id = resume_document_tsv.application
$$;
revoke execute on function public.resume_document_tsv(uuid) from public, anon, authenticated;
grant execute on function public.resume_document_tsv(uuid) to service_role;

insert into public.resume_documents (application_id, job_id, tsv)
select a.id, a.job_id, public.resume_document_tsv(a.id)
from public.applications a
where exists (select 1 from public.resume_pages rp where rp.application_id = a.id);

create or replace function public.store_scoring_result(application uuid, result jsonb, pages jsonb)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.applications a
  set (parse_status, parse_error, score, score_details, parsed) = (
    select r.parse_status, r.parse_error, r.score, r.score_details, r.parsed
    from jsonb_populate_record(null::public.applications, store_scoring_result.result) r
  )
  where a.id = store_scoring_result.application;
  delete from public.resume_pages where application_id = store_scoring_result.application;
  delete from public.resume_documents where application_id = store_scoring_result.application;
  insert into public.resume_pages (application_id, job_id, page, text)
  select a.id, a.job_id, (p ->> 'page')::integer, left(p ->> 'text', 100000)
  from public.applications a, jsonb_array_elements(coalesce(store_scoring_result.pages, '[]')) p
  where a.id = store_scoring_result.application and coalesce(p ->> 'text', '') <> ''
  on conflict (application_id, page) do nothing;
  insert into public.resume_documents (application_id, job_id, tsv)
  select a.id, a.job_id, public.resume_document_tsv(a.id)
  from public.applications a
  where a.id = store_scoring_result.application
    and exists (select 1 from public.resume_pages rp where rp.application_id = a.id);
end
$$;

-- Members search an organization (or one job of it): only jobs the caller is a member of (member_job_ids, the rule
-- the applications, resume_pages and notes policies apply) take part, so another organization's give no row and no
-- count. Security definer because under RLS Postgres may not use a GIN index for @@ (ts_match is not leakproof).
-- A resume matches when its pages together hold every positive term (and, for -word, none holds the word); the
-- snippet comes from the page holding most of the terms. One row per application, best first, with the best hit's
-- field ('resume', 'profile', 'answers', 'note'), page (resume hits) and a snippet whose matched words sit between
-- U+E000 and U+E001 (the client highlights them; nothing from the database is rendered as HTML).
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
$$;
