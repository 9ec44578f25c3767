-- Helpers every area uses: visible text, updated_at stamps, the caller's address, calling Edge Functions.

-- Shared by every table with an updated_at column.
create or replace function public.touch_updated_at()
  returns trigger
  language plpgsql
  set search_path to ''
as $function$
begin
  new.updated_at := now();
  return new;
end
$function$;
revoke all on function public.touch_updated_at() from public, anon, authenticated, service_role;
grant execute on function public.touch_updated_at() to service_role;

-- Calls an edge function of this project (hosted: through pg_net). The project URL and service role key come
-- from the Vault secrets `project_url` and `service_role_key` (see README, "Deploying to hosted Supabase").
-- Any failure is swallowed: submitting an application must never fail because of background plumbing.
create or replace function public.invoke_edge_function(name text, body jsonb)
  returns void
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  base text;
  key text;
begin
  execute $q$select decrypted_secret from vault.decrypted_secrets where name = 'project_url'$q$ into base;
  execute $q$select decrypted_secret from vault.decrypted_secrets where name = 'service_role_key'$q$ into key;
  if base is null or key is null then
    return;
  end if;
  execute $q$select net.http_post(url := $1, headers := $2, body := $3, timeout_milliseconds := 30000)$q$
    using base || '/functions/v1/' || name,
          jsonb_build_object('content-type', 'application/json', 'authorization', 'Bearer ' || key),
          body;
exception when others then
  raise warning 'invoke_edge_function(%) skipped: %', name, sqlerrm;
end
$function$;
revoke all on function public.invoke_edge_function(name text, body jsonb) from public, anon, authenticated, service_role;
grant execute on function public.invoke_edge_function(name text, body jsonb) to service_role;

create or replace function public.require_read_write_call()
  returns void
  language plpgsql
  stable
  set search_path to ''
as $function$
begin
  if current_setting('transaction_read_only') = 'on' then
    raise exception 'This function must be called with POST.' using errcode = '25006';
  end if;
end
$function$;
revoke all on function public.require_read_write_call() from public, anon, authenticated, service_role;
grant execute on function public.require_read_write_call() to service_role;

-- The caller's address as the proxy in front of PostgREST saw it: the last X-Forwarded-For hop in PostgREST's
-- request.headers. Hosted Supabase is fronted by Cloudflare, which appends the connecting address "as the last in
-- the list" to whatever X-Forwarded-For the client sent (https://developers.cloudflare.com/fundamentals/reference/http-headers/);
-- the local gateway does the same. Every earlier hop, and any cf-connecting-ip or x-real-ip a client sends past a
-- proxy that does not set them, is the client's to choose. sign-upload reads the same hop (_shared/http.ts).
-- Null outside an API request, or when no proxy stood in front of the database's caller.
create or replace function public.request_client_address()
  returns text
  language sql
  stable
  set search_path to ''
as $function$
  select nullif(btrim(hops[cardinality(hops)]), '')
  from (select string_to_array(
    coalesce(nullif(current_setting('request.headers', true), ''), '{}')::jsonb ->> 'x-forwarded-for', ',') as hops) h
$function$;
revoke all on function public.request_client_address() from public, anon, authenticated, service_role;
grant execute on function public.request_client_address() to service_role;

-- True when `value` has a character that is not Unicode White_Space, a Default_Ignorable_Code_Point (zero-width
-- spaces and joiners, bidi marks, variation selectors, Hangul fillers, the BOM, tags…), a control character or the
-- blank braille pattern; null for null. Spelled out code point by code point so no locale changes the answer.
-- src/lib/visible-text.ts is the browser's twin; tests/db/visible-text.test.ts proves both agree on every code point.
create or replace function public.has_visible_text(value text)
  returns boolean
  language sql
  immutable parallel safe
  set search_path to ''
as $function$
  select value ~ '[^\u0001-\u0020\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]'
$function$;
revoke all on function public.has_visible_text(value text) from public, anon, authenticated, service_role;
grant execute on function public.has_visible_text(value text) to public, anon, authenticated, service_role;
