// Tables, policies and functions of the /rest/v1 conformance tests, made here so the tests depend on
// nothing in the app's migrations. Every conformance file that uses them recreates them.
import { randomUUID } from 'node:crypto';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { JWT_SECRET } from '../../../stack/config.ts';
import { signJwt } from '../../../stack/jwt.ts';
import { sql, stack } from '../../support/clients.ts';

export const ALICE = '00000000-0000-4000-8000-00000000a11c';
export const BOB = '00000000-0000-4000-8000-000000000b0b';

const options = {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
};

const now = () => Math.floor(Date.now() / 1000);

/** A client whose requests carry a JWT signed with the stack's secret (the `authenticated` role by default). */
export function clientWithToken(token: string, db: { schema?: string } = {}): SupabaseClient {
  return createClient(stack.apiUrl, stack.anonKey, { ...options, db, global: { headers: { Authorization: `Bearer ${token}` } } }) as SupabaseClient;
}

export function userClient(sub: string = randomUUID(), extra: Record<string, unknown> = {}): SupabaseClient {
  const token = signJwt({ sub, role: 'authenticated', aud: 'authenticated', iat: now(), exp: now() + 3600, ...extra }, JWT_SECRET);
  return clientWithToken(token);
}

export const expiredToken = () => signJwt({ sub: ALICE, role: 'authenticated', iat: now() - 7200, exp: now() - 3600 }, JWT_SECRET);

/** A raw request to /rest/v1 with the anon key, for what supabase-js cannot send. */
export async function rest(path: string, init: RequestInit = {}) {
  const res = await fetch(`${stack.apiUrl}/rest/v1${path}`, { ...init, headers: { apikey: stack.anonKey, ...(init.headers ?? {}) } });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, json: json as Record<string, unknown> | null };
}

const DROP_SQL = `
drop table if exists public.conf_reviews, public.conf_profiles, public.conf_books, public.conf_authors, public.conf_notes, public.conf_secrets,
  public.conf_log, public.conf_late, public.conf_inbox cascade;
drop function if exists public.conf_add(int, int), public.conf_books_by(text), public.conf_hello(), public.conf_log_it(text),
  public.conf_stats(), public.conf_fail(text), public.conf_echo(json), public.conf_whoami(), public.conf_years(), public.conf_teapot(), public.conf_first_book();
`;

export const FIXTURE_SQL = `${DROP_SQL}

create table public.conf_authors (
  id int primary key,
  name text not null unique,
  country text,
  meta jsonb not null default '{}'
);
create table public.conf_books (
  id serial primary key,
  title text not null,
  author_id int references public.conf_authors (id),
  year int,
  tags text[] not null default '{}',
  data jsonb,
  isbn varchar(13) unique,
  status text not null default 'draft' check (status in ('draft', 'published')),
  created_at timestamptz not null default now()
);
-- Two foreign keys to authors: embedding authors from reviews needs a hint.
create table public.conf_reviews (
  id serial primary key,
  book_id int not null references public.conf_books (id) on delete cascade,
  reviewer_id int references public.conf_authors (id),
  editor_id int references public.conf_authors (id),
  stars int not null check (stars between 1 and 5)
);
-- One-to-one: the profile's key is its foreign key.
create table public.conf_profiles (author_id int primary key references public.conf_authors (id), bio text);

create table public.conf_notes (
  id uuid primary key default gen_random_uuid(),
  owner uuid not null default auth.uid(),
  body text not null,
  shared boolean not null default false
);
alter table public.conf_notes enable row level security;
create policy conf_notes_read on public.conf_notes for select using (shared or owner = (select auth.uid()));
create policy conf_notes_insert on public.conf_notes for insert to authenticated with check (owner = (select auth.uid()));
create policy conf_notes_update on public.conf_notes for update to authenticated using (owner = (select auth.uid()));
create policy conf_notes_delete on public.conf_notes for delete to authenticated using (owner = (select auth.uid()));

create table public.conf_secrets (id int primary key, secret text);
revoke all on public.conf_secrets from anon, authenticated;

create table public.conf_log (id serial primary key, message text);

-- Every public table has RLS on (tests/app/db/schema.test.ts); these fixtures let everyone through.
do $$
declare t text;
begin
  foreach t in array array['conf_authors', 'conf_books', 'conf_reviews', 'conf_profiles', 'conf_secrets', 'conf_log'] loop
    execute format('alter table public.%I enable row level security', t);
    execute format('create policy %I on public.%I for all using (true) with check (true)', t || '_open', t);
  end loop;
end $$;

insert into public.conf_authors (id, name, country, meta) values
  (1, 'Ursula K. Le Guin', 'US', '{"awards": ["Hugo", "Nebula"], "born": 1929}'),
  (2, 'Frank Herbert', 'US', '{"awards": ["Hugo"], "born": 1920}'),
  (3, 'Stanisław Lem', 'PL', '{"born": 1921}'),
  (4, 'Anonymous', null, '{}');
insert into public.conf_books (title, author_id, year, tags, data, isbn, status) values
  ('A Wizard of Earthsea', 1, 1968, '{fantasy,classic}', '{"genre": "fantasy", "pages": 183}', '9780553383041', 'published'),
  ('The Left Hand of Darkness', 1, 1969, '{sf,classic}', '{"genre": "sf", "pages": 304}', '9780441478125', 'published'),
  ('The Dispossessed', 1, 1974, '{sf}', '{"genre": "sf", "pages": 387}', null, 'published'),
  ('Dune', 2, 1965, '{sf,classic}', '{"genre": "sf", "pages": 412}', '9780441172719', 'published'),
  ('Solaris', 3, 1961, '{sf}', '{"genre": "sf", "pages": 204}', null, 'draft'),
  ('Untitled', null, null, '{}', null, null, 'draft');
insert into public.conf_reviews (book_id, reviewer_id, editor_id, stars) values (4, 1, 3, 5), (4, 3, null, 4), (1, 2, 3, 5);
insert into public.conf_profiles values (1, 'Wrote Earthsea'), (3, 'Wrote Solaris');
insert into public.conf_notes (owner, body, shared) values
  ('${ALICE}', 'alice private', false), ('${ALICE}', 'alice shared', true), ('${BOB}', 'bob private', false);
insert into public.conf_secrets values (1, 'hunter2');

create function public.conf_add(a int, b int default 1) returns int language sql immutable as $$ select a + b $$;
create function public.conf_hello() returns text language sql stable as $$ select 'hello' $$;
create function public.conf_books_by(author text) returns setof public.conf_books language sql stable as $$
  select b.* from public.conf_books b join public.conf_authors a on a.id = b.author_id where a.name = author
$$;
create function public.conf_stats() returns table (author text, books bigint) language sql stable as $$
  select a.name, count(b.id) from public.conf_authors a left join public.conf_books b on b.author_id = a.id group by a.name
$$;
create function public.conf_years() returns setof int language sql stable as $$ select year from public.conf_books where year is not null order by year $$;
create function public.conf_first_book() returns public.conf_books language sql stable as $$ select * from public.conf_books order by id limit 1 $$;
create function public.conf_log_it(message text) returns void language sql as $$ insert into public.conf_log (message) values (message) $$;
create function public.conf_fail(reason text) returns int language plpgsql as $$
begin
  raise exception 'refused: %', reason using hint = 'try again', detail = 'the reason was ' || reason;
end $$;
create function public.conf_echo(json) returns json language sql immutable as $$ select $1 $$;
create function public.conf_whoami() returns json language sql stable as $$
  select json_build_object('uid', auth.uid(), 'role', auth.role(), 'method', current_setting('request.method', true))
$$;
create function public.conf_teapot() returns text language plpgsql as $$
begin
  perform set_config('response.status', '418', true);
  perform set_config('response.headers', '[{"x-brewed": "yes"}]', true);
  return 'short and stout';
end $$;
`;

export async function createFixtures() {
  await sql(FIXTURE_SQL);
}

/** Leaves nothing behind for the suites that check the app's schema. */
export async function dropFixtures() {
  await sql(DROP_SQL);
}
