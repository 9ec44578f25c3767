-- Why: a note's author may correct or withdraw it (every earlier wording kept in note_revisions), and "@email" of a member in a note emails them through the outbox.

alter table public.notes add column edited_at timestamptz, add column deleted_at timestamptz;
grant select (edited_at, deleted_at) on table public.notes to authenticated;

-- Each wording a note had before an edit or a delete; written only by edit_note and delete_note.
create table public.note_revisions (
  id bigint generated always as identity primary key,
  note_id uuid not null references public.notes (id) on delete cascade,
  body text not null,
  change text not null check (change in ('edited', 'deleted')),
  changed_by uuid not null references auth.users (id),
  changed_at timestamptz not null default now()
);
create index note_revisions_note_idx on public.note_revisions (note_id, changed_at);

alter table public.note_revisions enable row level security;
revoke all on table public.note_revisions from anon, authenticated;
grant select on table public.note_revisions to authenticated;
grant select, insert, update, delete on table public.note_revisions to service_role;

-- The organisation of a note, deleted ones included (the notes policy hides those from the caller).
create function public.note_org(note uuid)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select public.application_org(n.application_id) from public.notes n where n.id = note
$$;
revoke execute on function public.note_org(uuid) from public, anon;
grant execute on function public.note_org(uuid) to authenticated, service_role;

create policy "members read their organization's note history"
  on public.note_revisions for select to authenticated
  using (public.is_org_member(public.note_org(note_id)));

-- A deleted note leaves the notes list; its wording stays in note_revisions.
drop policy "members read their organization's notes" on public.notes;
create policy "members read their organization's notes"
  on public.notes for select to authenticated
  using (deleted_at is null and public.is_org_member(public.application_org(application_id)));

-- The note the caller wrote and may still write (a recruiter or owner of its organisation), locked; else not found
-- (PT404: PostgREST answers 404, the same for someone else's note as for none).
create function public.own_note_for_change(note uuid)
returns public.notes
language plpgsql
security definer
set search_path = ''
as $$
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
$$;
revoke execute on function public.own_note_for_change(uuid) from public, anon, authenticated;

create function public.edit_note(note_id uuid, body text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
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
$$;
revoke execute on function public.edit_note(uuid, text) from public, anon;
grant execute on function public.edit_note(uuid, text) to authenticated;

create function public.delete_note(note_id uuid)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  note public.notes := public.own_note_for_change(delete_note.note_id);
begin
  insert into public.note_revisions (note_id, body, change, changed_by) values (note.id, note.body, 'deleted', (select auth.uid()));
  update public.notes n set deleted_at = now() where n.id = note.id;
  return jsonb_build_object('id', note.id, 'deleted', true);
end
$$;
revoke execute on function public.delete_note(uuid) from public, anon;
grant execute on function public.delete_note(uuid) to authenticated;

-- Mentions: "@" followed by a member's e-mail address, as the notes box's autocomplete writes it.
create function public.mentioned_addresses(body text)
returns text[]
language sql
immutable
set search_path = ''
as $$
  select coalesce(array_agg(distinct lower(m[2])), '{}')
    from regexp_matches(coalesce(body, ''), '(^|[^A-Za-z0-9._%+@-])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)', 'g') m
$$;

alter table public.email_outbox drop constraint email_outbox_template_check;
alter table public.email_outbox add constraint email_outbox_template_check
  check (template in ('received', 'rejection', 'interview', 'offer', 'new_application', 'daily_digest', 'mention'));

-- Members newly mentioned by a note (not its author, not already mentioned before an edit) get one email each.
create function public.queue_mention_emails()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  before_edit text[] := case when tg_op = 'UPDATE' then public.mentioned_addresses(old.body) else '{}' end;
  wanted text[] := public.mentioned_addresses(new.body);
begin
  if cardinality(wanted) = 0 or new.deleted_at is not null then
    return null;
  end if;
  insert into public.email_outbox (org_id, application_id, recipient_user, template, to_address, payload, created_by)
  select j.org_id, null, u.id, 'mention', u.email, jsonb_build_object(
           'noteId', new.id, 'applicationId', a.id, 'jobId', j.id, 'jobTitle', j.title, 'candidateName', a.full_name,
           'authorEmail', (select w.email from auth.users w where w.id = new.author), 'excerpt', left(new.body, 500)),
         new.author
    from public.applications a
    join public.jobs j on j.id = a.job_id
    join public.memberships m on m.org_id = j.org_id
    join auth.users u on u.id = m.user_id
   where a.id = new.application_id
     and lower(u.email) = any (wanted) and not (lower(u.email) = any (before_edit))
     and u.id <> new.author and public.is_sendable_email_address(u.email);
  return null;
end
$$;
revoke execute on function public.queue_mention_emails() from public, anon, authenticated;
create trigger notes_queue_mention_emails after insert or update of body on public.notes
  for each row execute function public.queue_mention_emails();
