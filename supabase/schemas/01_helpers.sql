-- Helpers every area uses: visible text, updated_at stamps, the caller's address, calling Edge Functions.

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
