-- Why: every recruiter-side permission is "member of the org with at least role X"; this is that org and that membership.

create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) between 1 and 200),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
  created_at timestamptz not null default now()
);

create table public.memberships (
  org_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null check (role in ('owner', 'recruiter', 'viewer')),
  created_at timestamptz not null default now(),
  primary key (org_id, user_id)
);
create index memberships_user_id_idx on public.memberships (user_id);

-- The one membership check every policy uses. Security definer so policies on memberships itself do not
-- recurse; roles are ordered viewer < recruiter < owner; an unknown min_role admits nobody.
create function public.is_org_member(org uuid, min_role text default 'viewer')
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.memberships m
    where m.org_id = is_org_member.org
      and m.user_id = (select auth.uid())
      and array_position(array['viewer', 'recruiter', 'owner'], m.role)
          >= array_position(array['viewer', 'recruiter', 'owner'], is_org_member.min_role)
  )
$$;
revoke execute on function public.is_org_member(uuid, text) from public;
grant execute on function public.is_org_member(uuid, text) to anon, authenticated, service_role;

-- Supabase grants ALL on new public tables to anon and authenticated; narrow it to what the policies need.
alter table public.organizations enable row level security;
revoke all on table public.organizations from anon, authenticated;
grant select on table public.organizations to anon, authenticated;

create policy "members read their organizations"
  on public.organizations for select to authenticated
  using (public.is_org_member(id));

alter table public.memberships enable row level security;
revoke all on table public.memberships from anon, authenticated;
grant select, insert, delete on table public.memberships to authenticated;
grant update (role) on table public.memberships to authenticated;

create policy "members read their own and their organizations' memberships"
  on public.memberships for select to authenticated
  using (user_id = (select auth.uid()) or public.is_org_member(org_id));

create policy "owners add members"
  on public.memberships for insert to authenticated
  with check (public.is_org_member(org_id, 'owner'));

create policy "owners change members' roles"
  on public.memberships for update to authenticated
  using (public.is_org_member(org_id, 'owner'))
  with check (public.is_org_member(org_id, 'owner'));

create policy "owners remove members"
  on public.memberships for delete to authenticated
  using (public.is_org_member(org_id, 'owner'));

-- Shared by every table with an updated_at column.
create function public.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
