-- Notes on applications, their edit history and @mentions.

create table public.notes (
  id uuid default gen_random_uuid() not null,
  application_id uuid not null,
  author uuid default auth.uid() not null,
  body text not null,
  created_at timestamp with time zone default now() not null,
  edited_at timestamp with time zone,
  deleted_at timestamp with time zone,
  constraint notes_body_check check ((char_length(body) between 1 and 10000)),
  constraint notes_pkey primary key (id),
  constraint notes_body_visible check (public.has_visible_text(body)),
  constraint notes_application_id_fkey foreign key (application_id) references public.applications(id) on delete cascade,
  constraint notes_author_fkey foreign key (author) references auth.users(id)
);

alter table public.notes enable row level security;

create index notes_application_id_idx on public.notes (application_id, created_at);

create index notes_author_idx on public.notes (author);

create index notes_body_tsv_idx on public.notes using gin (to_tsvector('english'::regconfig, body));

-- Each wording a note had before an edit or a delete; written only by edit_note and delete_note.
create table public.note_revisions (
  id bigint generated always as identity not null,
  note_id uuid not null,
  body text not null,
  change text not null,
  changed_by uuid not null,
  changed_at timestamp with time zone default now() not null,
  constraint note_revisions_change_check check ((change = any (array['edited'::text, 'deleted'::text]))),
  constraint note_revisions_pkey primary key (id),
  constraint note_revisions_note_id_fkey foreign key (note_id) references public.notes(id) on delete cascade,
  constraint note_revisions_changed_by_fkey foreign key (changed_by) references auth.users(id)
);

alter table public.note_revisions enable row level security;

create index note_revisions_note_idx on public.note_revisions (note_id, changed_at);

-- The organisation of a note, deleted ones included (the notes policy hides those from the caller).
create or replace function public.note_org(note uuid)
  returns uuid
  language sql
  stable security definer
  set search_path to ''
as $function$
  select public.application_org(n.application_id) from public.notes n where n.id = note
$function$;
revoke all on function public.note_org(note uuid) from public, anon, authenticated, service_role;
grant execute on function public.note_org(note uuid) to authenticated, service_role;

-- The note the caller wrote and may still write (a recruiter or owner of its organisation), locked; else not found
-- (PT404: PostgREST answers 404, the same for someone else's note as for none).
create or replace function public.own_note_for_change(note uuid)
  returns public.notes
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  found public.notes;
begin
  select n.* into found from public.notes n where n.id = note and n.deleted_at is null for update;
  if found.id is null or found.author is distinct from (select auth.uid())
     or not public.is_org_member(public.application_org(found.application_id), 'recruiter') then
    raise exception 'This note was not found, or it is not yours to change.' using errcode = 'PT404';
  end if;
  return found;
end
$function$;
revoke all on function public.own_note_for_change(note uuid) from public, anon, authenticated, service_role;
grant execute on function public.own_note_for_change(note uuid) to service_role;

create or replace function public.edit_note(note_id uuid, body text)
  returns jsonb
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  note public.notes;
  wording text := btrim(edit_note.body);
begin
  if wording is null or char_length(wording) not between 1 and 10000 then
    raise exception 'A note needs between 1 and 10000 characters.' using errcode = '22023';
  end if;
  note := public.own_note_for_change(edit_note.note_id);
  if note.body = wording then
    return jsonb_build_object('id', note.id, 'editedAt', note.edited_at);
  end if;
  insert into public.note_revisions (note_id, body, change, changed_by) values (note.id, note.body, 'edited', (select auth.uid()));
  update public.notes n set body = wording, edited_at = now() where n.id = note.id;
  return jsonb_build_object('id', note.id, 'editedAt', now());
end
$function$;
revoke all on function public.edit_note(note_id uuid, body text) from public, anon, authenticated, service_role;
grant execute on function public.edit_note(note_id uuid, body text) to authenticated, service_role;

create or replace function public.delete_note(note_id uuid)
  returns jsonb
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  note public.notes := public.own_note_for_change(delete_note.note_id);
begin
  insert into public.note_revisions (note_id, body, change, changed_by) values (note.id, note.body, 'deleted', (select auth.uid()));
  update public.notes n set deleted_at = now() where n.id = note.id;
  return jsonb_build_object('id', note.id, 'deleted', true);
end
$function$;
revoke all on function public.delete_note(note_id uuid) from public, anon, authenticated, service_role;
grant execute on function public.delete_note(note_id uuid) to authenticated, service_role;

-- Mentions: "@" followed by a member's e-mail address, as the notes box's autocomplete writes it.
create or replace function public.mentioned_addresses(body text)
  returns text[]
  language sql
  immutable
  set search_path to ''
as $function$
  select coalesce(array_agg(distinct lower(m[2])), '{}')
    from regexp_matches(coalesce(body, ''), '(^|[^A-Za-z0-9._%+@-])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)', 'g') m
$function$;
revoke all on function public.mentioned_addresses(body text) from public, anon, authenticated, service_role;
grant execute on function public.mentioned_addresses(body text) to public, anon, authenticated, service_role;

create policy "recruiters write notes as themselves" on public.notes for insert to authenticated
  with check (((author = ( select auth.uid() as uid)) and public.is_org_member(public.application_org(application_id), 'recruiter'::text)));

create policy "members read their organization's note history" on public.note_revisions for select to authenticated
  using (public.is_org_member(public.note_org(note_id)));

create policy "members read their organization's notes" on public.notes for select to authenticated
  using (((deleted_at is null) and public.is_org_member(public.application_org(application_id))));

revoke all on table public.notes from anon, authenticated, service_role;

grant all on table public.notes to service_role;

grant select on table public.notes to authenticated;

grant insert (id, application_id, body) on table public.notes to authenticated;

grant select (edited_at, deleted_at) on table public.notes to authenticated;

revoke all on table public.note_revisions from anon, authenticated, service_role;

grant all on table public.note_revisions to service_role;

grant select on table public.note_revisions to authenticated;

revoke all on sequence public.note_revisions_id_seq from anon, authenticated, service_role;

grant all on sequence public.note_revisions_id_seq to anon;

grant all on sequence public.note_revisions_id_seq to authenticated;

grant all on sequence public.note_revisions_id_seq to service_role;
