-- Scoring: queueing applications for the score-application function and storing its result and resume text.

-- One row per resume page, written by scoring only. job_id is copied from the application (which never changes job)
-- so the policy is one hash lookup in the caller's jobs, as on applications.
create table public.resume_pages (
  application_id uuid not null,
  job_id uuid not null,
  page integer not null,
  text text not null,
  tsv tsvector generated always as (to_tsvector('english'::regconfig, text)) stored,
  constraint resume_pages_page_check check (((page >= 1) and (page <= 1000))),
  constraint resume_pages_text_check check ((char_length(text) <= 100000)),
  constraint resume_pages_pkey primary key (application_id, page),
  constraint resume_pages_application_id_fkey foreign key (application_id) references public.applications(id) on delete cascade,
  constraint resume_pages_job_id_fkey foreign key (job_id) references public.jobs(id) on delete cascade
);

alter table public.resume_pages enable row level security;

create index resume_pages_tsv_idx on public.resume_pages using gin (tsv);

create index resume_pages_job_idx on public.resume_pages (job_id);

-- One search document per scored resume (its pages' words in page order), written with its pages by
-- store_scoring_result only; members never read it directly (search_applications reads it as definer).
create table public.resume_documents (
  application_id uuid not null,
  job_id uuid not null,
  tsv tsvector not null,
  constraint resume_documents_pkey primary key (application_id),
  constraint resume_documents_application_id_fkey foreign key (application_id) references public.applications(id) on delete cascade,
  constraint resume_documents_job_id_fkey foreign key (job_id) references public.jobs(id) on delete cascade
);

alter table public.resume_documents enable row level security;

create index resume_documents_tsv_idx on public.resume_documents using gin (tsv);

create index resume_documents_job_idx on public.resume_documents (job_id);

-- The document of one application's pages; the first million characters (a tsvector holds at most 1 MB of words).
create or replace function public.resume_document_tsv(application uuid)
  returns tsvector
  language sql
  stable
  set search_path to ''
as $function$
  select to_tsvector('english'::regconfig, left(string_agg(rp.text, E'\n' order by rp.page), 1000000))
  from public.resume_pages rp
  where rp.application_id = resume_document_tsv.application
$function$;
revoke all on function public.resume_document_tsv(application uuid) from public, anon, authenticated, service_role;
grant execute on function public.resume_document_tsv(application uuid) to service_role;

-- A withdrawn application has no resume to score: editing the job's skills leaves it alone.
create or replace function public.requeue_scoring_on_skills_change()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  update public.applications set parse_status = 'pending', parse_error = null where job_id = new.id and withdrawn_at is null;
  return null;
end
$function$;
revoke all on function public.requeue_scoring_on_skills_change() from public, anon, authenticated, service_role;
grant execute on function public.requeue_scoring_on_skills_change() to anon, authenticated, service_role;

create or replace function public.request_scoring(application uuid)
  returns void
  language sql
  security definer
  set search_path to ''
as $function$
  select public.invoke_edge_function('score-application', jsonb_build_object('applicationId', application))
$function$;
revoke all on function public.request_scoring(application uuid) from public, anon, authenticated, service_role;
grant execute on function public.request_scoring(application uuid) to service_role;

create or replace function public.request_scoring_trigger()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  perform public.request_scoring(new.id);
  return null;
end
$function$;
revoke all on function public.request_scoring_trigger() from public, anon, authenticated, service_role;
grant execute on function public.request_scoring_trigger() to service_role;

-- Retries: everything still pending after a minute (a lost webhook, a function cold start that timed out).
create or replace function public.request_pending_scoring()
  returns integer
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  n integer := 0;
  app record;
begin
  for app in
    select id from public.applications
    where parse_status = 'pending' and updated_at < now() - interval '1 minute'
    order by created_at limit 50
  loop
    perform public.request_scoring(app.id);
    n := n + 1;
  end loop;
  return n;
end
$function$;
revoke all on function public.request_pending_scoring() from public, anon, authenticated, service_role;
grant execute on function public.request_pending_scoring() to service_role;

-- Scoring's result and the text it read, in one statement's round trip: the score and the pages never disagree.
-- result holds the applications columns scoring owns; pages is [{ page, text }] (empty when the file was unreadable).
create or replace function public.store_scoring_result(application uuid, result jsonb, pages jsonb)
  returns void
  language plpgsql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.store_scoring_result(application uuid, result jsonb, pages jsonb) from public, anon, authenticated, service_role;
grant execute on function public.store_scoring_result(application uuid, result jsonb, pages jsonb) to service_role;

create trigger jobs_requeue_scoring after update of skills on public.jobs for each row when ((old.skills is distinct from new.skills)) execute function public.requeue_scoring_on_skills_change();

create policy "members read their organization's resume text" on public.resume_pages for select to authenticated
  using ((job_id in ( select public.member_job_ids() as member_job_ids)));

revoke all on table public.resume_pages from anon, authenticated, service_role;

grant all on table public.resume_pages to service_role;

grant select on table public.resume_pages to authenticated;

revoke all on table public.resume_documents from anon, authenticated, service_role;

grant all on table public.resume_documents to service_role;
