-- Why: owners bring teammates in by email (the team-invite function), see and manage pending invitations, and an organization never loses its last owner.

-- One row per address invited to an organization. Written only by team-invite (service role), which also adds the
-- membership; owners read their organization's rows; the invitee marks theirs accepted after setting a password.
create table public.team_invitations (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  email text not null check (char_length(email) between 3 and 254 and email = lower(email) and email ~ '^[^[:space:]@]+@[^[:space:]@]+\.[^[:space:]@]+$'),
  role text not null check (role in ('owner', 'recruiter', 'viewer')),
  user_id uuid not null references auth.users (id) on delete cascade,
  invited_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  last_sent_at timestamptz not null default now(),
  accepted_at timestamptz,
  unique (org_id, email)
);
create index team_invitations_user_id_idx on public.team_invitations (user_id);
create index team_invitations_invited_by_idx on public.team_invitations (invited_by);

alter table public.team_invitations enable row level security;
revoke all on table public.team_invitations from anon, authenticated;
grant select on table public.team_invitations to authenticated;

create policy "owners read their organization's invitations"
  on public.team_invitations for select to authenticated
  using (public.is_org_member(org_id, 'owner'));

-- The invitee, signed in from the email link with a password set: their pending invitations become accepted; the
-- organizations are returned so the app can open the one they were invited to.
create function public.accept_team_invitations()
returns table (org_id uuid, org_slug text, role text)
language sql
volatile
security definer
set search_path = ''
as $$
  with accepted as (
    update public.team_invitations i
    set accepted_at = now()
    where i.user_id = (select auth.uid()) and i.accepted_at is null
    returning i.org_id, i.created_at
  )
  select a.org_id, o.slug, m.role
  from accepted a
  join public.organizations o on o.id = a.org_id
  join public.memberships m on m.org_id = a.org_id and m.user_id = (select auth.uid())
  order by a.created_at desc
$$;
revoke execute on function public.accept_team_invitations() from public, anon;
grant execute on function public.accept_team_invitations() to authenticated;

-- Owners' view of the team: every member with their address and whether they have signed in yet.
create function public.org_team(org uuid)
returns table (user_id uuid, email text, role text, joined_at timestamptz, confirmed boolean)
language sql
stable
security definer
set search_path = ''
as $$
  select m.user_id, u.email::text, m.role, m.created_at, u.email_confirmed_at is not null
  from public.memberships m
  join auth.users u on u.id = m.user_id
  where m.org_id = org_team.org
    and public.is_org_member(org_team.org, 'owner')
  order by u.email
$$;
revoke execute on function public.org_team(uuid) from public, anon;
grant execute on function public.org_team(uuid) to authenticated, service_role;

-- For team-invite only: the auth user behind an address, if any (auth.users is not readable through the API).
create function public.auth_user_by_email(address text)
returns table (id uuid, confirmed boolean)
language sql
stable
security definer
set search_path = ''
as $$
  select u.id, u.email_confirmed_at is not null
  from auth.users u
  where lower(u.email) = lower(auth_user_by_email.address) and u.deleted_at is null
  limit 1
$$;
revoke execute on function public.auth_user_by_email(text) from public, anon, authenticated;
grant execute on function public.auth_user_by_email(text) to service_role;

-- Never the last owner, whoever asks (owners through the API, the service role, a cascade from a deleted user):
-- the organization's row is locked so two owners demoting each other at once cannot both succeed.
create function public.keep_an_owner()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if old.role <> 'owner' or (tg_op = 'UPDATE' and new.role = 'owner') then
    return case when tg_op = 'DELETE' then old else new end;
  end if;
  perform 1 from public.organizations o where o.id = old.org_id for update;
  if found and not exists (
    select 1 from public.memberships m where m.org_id = old.org_id and m.role = 'owner' and m.user_id <> old.user_id
  ) then
    raise exception 'An organization needs at least one owner: make another member an owner first.'
      using errcode = '23514', hint = 'last_owner';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger memberships_keep_an_owner
  before update of role or delete on public.memberships
  for each row execute function public.keep_an_owner();
