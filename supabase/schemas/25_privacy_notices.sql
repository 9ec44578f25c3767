-- Privacy notices an organization publishes; candidates consent to the current one when they apply.

create table public.privacy_notices (
  id uuid default gen_random_uuid() not null,
  org_id uuid not null,
  -- 1, 2, 3 … per organisation, set by privacy_notices_number (a client never picks it).
  version integer default 0 not null,
  body text default ''::text not null,
  url text,
  created_at timestamp with time zone default now() not null,
  created_by uuid,
  constraint privacy_notices_body_length check ((char_length(body) <= 20000)),
  constraint privacy_notices_url_shape check (((url ~* '^https://[^\s/]+\.[^\s]+$'::text) and (char_length(url) <= 2048))),
  constraint privacy_notices_text_or_url check ((public.has_visible_text(body) or (url is not null))),
  constraint privacy_notices_pkey primary key (id),
  constraint privacy_notices_org_id_version_key unique (org_id, version),
  constraint privacy_notices_org_id_fkey foreign key (org_id) references public.organizations(id) on delete cascade,
  constraint privacy_notices_created_by_fkey foreign key (created_by) references auth.users(id) on delete set null
);

alter table public.privacy_notices enable row level security;

-- Versions are numbered in order and stamped with their author; a published version never changes (no update grant).
create or replace function public.privacy_notices_number()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  perform pg_advisory_xact_lock(hashtext('privacy_notices:' || new.org_id::text));
  new.version := coalesce((select max(n.version) from public.privacy_notices n where n.org_id = new.org_id), 0) + 1;
  new.created_at := now();
  new.created_by := (select auth.uid());
  return new;
end
$function$;
revoke all on function public.privacy_notices_number() from public, anon, authenticated, service_role;
grant execute on function public.privacy_notices_number() to service_role;

-- The organisation's notice candidates must agree to now: its latest version.
create or replace function public.current_privacy_notice(org uuid)
  returns uuid
  language sql
  stable security definer
  set search_path to ''
as $function$
  select n.id from public.privacy_notices n where n.org_id = current_privacy_notice.org order by n.version desc limit 1
$function$;
revoke all on function public.current_privacy_notice(org uuid) from public, anon, authenticated, service_role;
grant execute on function public.current_privacy_notice(org uuid) to anon, authenticated, service_role;

create trigger privacy_notices_number before insert on public.privacy_notices for each row execute function public.privacy_notices_number();

-- Members read every version; anyone reads the current one of an organisation with an open job (the apply form).
create policy "members read their organization's privacy notices" on public.privacy_notices for select to authenticated
  using (public.is_org_member(org_id));

create policy "candidates read the current notice of an organization that is h" on public.privacy_notices for select to anon, authenticated
  using (((id = public.current_privacy_notice(org_id)) and (exists ( select 1
   from public.jobs j
  where ((j.org_id = privacy_notices.org_id) and (j.status = 'open'::text))))));

create policy "owners publish privacy notices" on public.privacy_notices for insert to authenticated
  with check (public.is_org_member(org_id, 'owner'::text));

revoke all on table public.privacy_notices from anon, authenticated, service_role;

grant all on table public.privacy_notices to service_role;

grant select on table public.privacy_notices to anon;

grant select on table public.privacy_notices to authenticated;

grant insert (org_id, body, url) on table public.privacy_notices to authenticated;
