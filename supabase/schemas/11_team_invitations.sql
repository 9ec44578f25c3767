-- Team invitations: owners invite by email; the invitee joins on first sign-in.

-- One row per address invited to an organization. Written only by team-invite (service role), which also adds the
-- membership; owners read their organization's rows; the invitee marks theirs accepted after setting a password.
create table public.team_invitations (
  id uuid default gen_random_uuid() not null,
  org_id uuid not null,
  email text not null,
  role text not null,
  user_id uuid not null,
  invited_by uuid,
  created_at timestamp with time zone default now() not null,
  last_sent_at timestamp with time zone default now() not null,
  accepted_at timestamp with time zone,
  constraint team_invitations_email_check check (((char_length(email) between 3 and 254) and (email = lower(email)) and (email ~ '^[^[:space:]@]+@[^[:space:]@]+\.[^[:space:]@]+$'::text))),
  constraint team_invitations_role_check check ((role = any (array['owner'::text, 'recruiter'::text, 'viewer'::text]))),
  constraint team_invitations_pkey primary key (id),
  constraint team_invitations_org_id_email_key unique (org_id, email),
  constraint team_invitations_org_id_fkey foreign key (org_id) references public.organizations(id) on delete cascade,
  constraint team_invitations_user_id_fkey foreign key (user_id) references auth.users(id) on delete cascade,
  constraint team_invitations_invited_by_fkey foreign key (invited_by) references auth.users(id) on delete set null
);

alter table public.team_invitations enable row level security;

create index team_invitations_user_id_idx on public.team_invitations (user_id);

create index team_invitations_invited_by_idx on public.team_invitations (invited_by);

-- The invitee, signed in from the email link with a password set: their pending invitations become accepted; the
-- organizations are returned so the app can open the one they were invited to.
create or replace function public.accept_team_invitations()
  returns table(org_id uuid, org_slug text, role text)
  language sql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.accept_team_invitations() from public, anon, authenticated, service_role;
grant execute on function public.accept_team_invitations() to authenticated, service_role;

-- For team-invite only: the auth user behind an address, if any (auth.users is not readable through the API).
create or replace function public.auth_user_by_email(address text)
  returns table(id uuid, confirmed boolean)
  language sql
  stable security definer
  set search_path to ''
as $function$
  select u.id, u.email_confirmed_at is not null
  from auth.users u
  where lower(u.email) = lower(auth_user_by_email.address) and u.deleted_at is null
  limit 1
$function$;
revoke all on function public.auth_user_by_email(address text) from public, anon, authenticated, service_role;
grant execute on function public.auth_user_by_email(address text) to service_role;

create policy "owners read their organization's invitations" on public.team_invitations for select to authenticated
  using (public.is_org_member(org_id, 'owner'::text));

revoke all on table public.team_invitations from anon, authenticated, service_role;

grant all on table public.team_invitations to service_role;

grant select on table public.team_invitations to authenticated;
