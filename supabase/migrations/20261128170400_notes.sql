-- Why: recruiters discuss applicants next to the application; viewers read along.

create table public.notes (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references public.applications (id) on delete cascade,
  author uuid not null default auth.uid() references auth.users (id),
  body text not null check (char_length(body) between 1 and 10000),
  created_at timestamptz not null default now()
);
create index notes_application_id_idx on public.notes (application_id, created_at);
create index notes_author_idx on public.notes (author);

alter table public.notes enable row level security;
revoke all on table public.notes from anon, authenticated;
grant select on table public.notes to authenticated;
grant insert (id, application_id, body) on table public.notes to authenticated;

create policy "members read their organization's notes"
  on public.notes for select to authenticated
  using (public.is_org_member(public.application_org(application_id)));

create policy "recruiters write notes as themselves"
  on public.notes for insert to authenticated
  with check (author = (select auth.uid()) and public.is_org_member(public.application_org(application_id), 'recruiter'));
