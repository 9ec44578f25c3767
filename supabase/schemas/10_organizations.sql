-- Organizations and their members: who belongs where, with which role (viewer < recruiter < owner).

create table public.organizations (
  id uuid default gen_random_uuid() not null,
  name text not null,
  slug text not null,
  created_at timestamp with time zone default now() not null,
  constraint organizations_name_check check ((char_length(name) between 1 and 200)),
  constraint organizations_slug_check check (((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text) and (char_length(slug) <= 80))),
  constraint organizations_pkey primary key (id),
  constraint organizations_slug_key unique (slug),
  constraint organizations_name_visible check (public.has_visible_text(name))
);

alter table public.organizations enable row level security;

create table public.memberships (
  org_id uuid not null,
  user_id uuid not null,
  role text not null,
  created_at timestamp with time zone default now() not null,
  constraint memberships_role_check check ((role = any (array['owner'::text, 'recruiter'::text, 'viewer'::text]))),
  constraint memberships_pkey primary key (org_id, user_id),
  constraint memberships_org_id_fkey foreign key (org_id) references public.organizations(id) on delete cascade,
  constraint memberships_user_id_fkey foreign key (user_id) references auth.users(id) on delete cascade
);

alter table public.memberships enable row level security;

create index memberships_user_id_idx on public.memberships (user_id);

-- The one membership check every policy uses. Security definer so policies on memberships itself do not
-- recurse; roles are ordered viewer < recruiter < owner; an unknown min_role admits nobody.
create or replace function public.is_org_member(org uuid, min_role text default 'viewer'::text)
  returns boolean
  language sql
  stable security definer
  set search_path to ''
as $function$
  select exists (
    select 1
    from public.memberships m
    where m.org_id = is_org_member.org
      and m.user_id = (select auth.uid())
      and array_position(array['viewer', 'recruiter', 'owner'], m.role)
          >= array_position(array['viewer', 'recruiter', 'owner'], is_org_member.min_role)
  )
$function$;
revoke all on function public.is_org_member(org uuid, min_role text) from public, anon, authenticated, service_role;
grant execute on function public.is_org_member(org uuid, min_role text) to anon, authenticated, service_role;

-- The organizations the caller belongs to and their role in each, for the org switcher.
create or replace function public.my_memberships()
  returns table(org_id uuid, org_name text, org_slug text, role text)
  language sql
  stable
  set search_path to ''
as $function$
  select o.id, o.name, o.slug, m.role
  from public.memberships m
  join public.organizations o on o.id = m.org_id
  where m.user_id = (select auth.uid())
  order by o.name, o.id
$function$;
revoke all on function public.my_memberships() from public, anon, authenticated, service_role;
grant execute on function public.my_memberships() to authenticated, service_role;

-- Definer because auth.users is not readable through the API; it answers only for an organization the caller belongs to.
create or replace function public.org_member_directory(org uuid)
  returns table(user_id uuid, email text, role text)
  language sql
  stable security definer
  set search_path to ''
as $function$
  select m.user_id, u.email::text, m.role
  from public.memberships m
  join auth.users u on u.id = m.user_id
  where m.org_id = org_member_directory.org
    and public.is_org_member(org_member_directory.org)
  order by u.email
$function$;
revoke all on function public.org_member_directory(org uuid) from public, anon, authenticated, service_role;
grant execute on function public.org_member_directory(org uuid) to authenticated, service_role;

-- Owners' view of the team: every member with their address and whether they have signed in yet.
create or replace function public.org_team(org uuid)
  returns table(user_id uuid, email text, role text, joined_at timestamp with time zone, confirmed boolean)
  language sql
  stable security definer
  set search_path to ''
as $function$
  select m.user_id, u.email::text, m.role, m.created_at, u.email_confirmed_at is not null
  from public.memberships m
  join auth.users u on u.id = m.user_id
  where m.org_id = org_team.org
    and public.is_org_member(org_team.org, 'owner')
  order by u.email
$function$;
revoke all on function public.org_team(org uuid) from public, anon, authenticated, service_role;
grant execute on function public.org_team(org uuid) to authenticated, service_role;

-- Never the last owner, whoever asks (owners through the API, the service role, a cascade from a deleted user):
-- the organization's row is locked so two owners demoting each other at once cannot both succeed.
create or replace function public.keep_an_owner()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.keep_an_owner() from public, anon, authenticated, service_role;
grant execute on function public.keep_an_owner() to public, anon, authenticated, service_role;

create trigger memberships_keep_an_owner before delete or update of role on public.memberships for each row execute function public.keep_an_owner();

create policy "members read their organizations" on public.organizations for select to authenticated
  using (public.is_org_member(id));

create policy "members read their own and their organizations' memberships" on public.memberships for select to authenticated
  using (((user_id = ( select auth.uid() as uid)) or public.is_org_member(org_id)));

create policy "owners add members" on public.memberships for insert to authenticated
  with check (public.is_org_member(org_id, 'owner'::text));

create policy "owners change members' roles" on public.memberships for update to authenticated
  using (public.is_org_member(org_id, 'owner'::text))
  with check (public.is_org_member(org_id, 'owner'::text));

create policy "owners remove members" on public.memberships for delete to authenticated
  using (public.is_org_member(org_id, 'owner'::text));

revoke all on table public.organizations from anon, authenticated, service_role;

grant all on table public.organizations to service_role;

grant select on table public.organizations to anon;

grant select on table public.organizations to authenticated;

revoke all on table public.memberships from anon, authenticated, service_role;

grant all on table public.memberships to service_role;

grant insert, select, delete on table public.memberships to authenticated;

grant update (role) on table public.memberships to authenticated;
