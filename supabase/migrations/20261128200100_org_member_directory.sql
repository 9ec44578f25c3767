-- Why: stage history and notes name who acted; members may see the e-mail addresses of their own organization's members.

-- Definer because auth.users is not readable through the API; it answers only for an organization the caller belongs to.
create function public.org_member_directory(org uuid)
returns table (user_id uuid, email text, role text)
language sql
stable
security definer
set search_path = ''
as $$
  select m.user_id, u.email::text, m.role
  from public.memberships m
  join auth.users u on u.id = m.user_id
  where m.org_id = org_member_directory.org
    and public.is_org_member(org_member_directory.org)
  order by u.email
$$;
revoke execute on function public.org_member_directory(uuid) from public, anon;
grant execute on function public.org_member_directory(uuid) to authenticated, service_role;
