-- Why: the dashboard finds applicants by a fragment of their name or email; trigram indexes keep ILIKE fast.

create extension if not exists pg_trgm with schema extensions;

create index applications_full_name_trgm_idx on public.applications using gin (full_name extensions.gin_trgm_ops);
create index applications_email_trgm_idx on public.applications using gin (email extensions.gin_trgm_ops);
