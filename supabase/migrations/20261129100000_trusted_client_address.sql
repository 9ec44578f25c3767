-- Why: the status RPCs keyed guessing limits on the FIRST X-Forwarded-For hop (or a Cloudflare header), which the
-- caller writes, so rotating a forged value escaped the per-client limit; the client is the LAST hop, the one the
-- proxy in front of the API appended from the socket it accepted.

-- The caller's address as the proxy in front of PostgREST saw it: the last X-Forwarded-For hop in PostgREST's
-- request.headers. Hosted Supabase is fronted by Cloudflare, which appends the connecting address "as the last in
-- the list" to whatever X-Forwarded-For the client sent (https://developers.cloudflare.com/fundamentals/reference/http-headers/);
-- the local gateway does the same. Every earlier hop, and any cf-connecting-ip or x-real-ip a client sends past a
-- proxy that does not set them, is the client's to choose. sign-upload reads the same hop (_shared/http.ts).
-- Null outside an API request, or when no proxy stood in front of the database's caller.
create function public.request_client_address()
returns text
language sql
stable
set search_path = ''
as $$
  select nullif(btrim(hops[cardinality(hops)]), '')
  from (select string_to_array(
    coalesce(nullif(current_setting('request.headers', true), ''), '{}')::jsonb ->> 'x-forwarded-for', ',') as hops) h
$$;
revoke execute on function public.request_client_address() from public, anon, authenticated;

-- The status RPCs' client key: that address salted and hashed; requests without one share the key of 'unknown'.
create or replace function public.status_client_key()
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select encode(sha256(convert_to(
    (select s.salt from public.status_access_salt s) || ':' || coalesce(public.request_client_address(), 'unknown'),
    'UTF8')), 'hex')
$$;
