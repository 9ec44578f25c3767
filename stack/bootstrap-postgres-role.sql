-- What hosted Supabase gives `postgres`, the role migrations, the seed and developers use: not a superuser (that
-- is `supabase_admin`), read from supabase/postgres migrations/db. Runs as supabase_admin after bootstrap.sql.

-- migrations/10000000000000_demote-postgres.sql
alter role postgres nosuperuser createdb createrole login replication bypassrls;
do $$ begin execute format('alter database %I owner to postgres', current_database()); end $$;
-- 20250605172253_grant_with_admin_to_postgres_16_and_above.sql, 20230306081037_grant_pg_monitor_to_postgres.sql,
-- 20240606060239_grant_predefined_roles_to_postgres.sql
grant anon, authenticated, service_role to postgres with admin option;
grant pg_monitor, pg_read_all_data, pg_signal_backend to postgres;

-- The platform owns its schemas; postgres uses them (20211115181400_update-auth-permissions.sql, demote-postgres.sql,
-- 20250421084701_revoke_admin_roles_from_postgres.sql: no CREATE in auth or storage).
alter table auth.users owner to supabase_auth_admin;
alter table auth.identities owner to supabase_auth_admin;
alter table auth.sessions owner to supabase_auth_admin;
alter table auth.refresh_tokens owner to supabase_auth_admin;
alter function auth.jwt() owner to supabase_auth_admin;
alter function auth.uid() owner to supabase_auth_admin;
alter function auth.role() owner to supabase_auth_admin;
alter function auth.email() owner to supabase_auth_admin;
alter table storage.buckets owner to supabase_storage_admin;
alter table storage.objects owner to supabase_storage_admin;
alter function storage.foldername(text) owner to supabase_storage_admin;
alter function storage.filename(text) owner to supabase_storage_admin;
alter function storage.extension(text) owner to supabase_storage_admin;
alter function storage.protect_delete() owner to supabase_storage_admin;
grant usage on schema auth to postgres;
revoke create on schema auth from postgres;
grant all on all tables in schema auth to postgres;
grant all on all sequences in schema auth to postgres;
grant all on all routines in schema auth to postgres;
-- 20250709135250_grant_storage_schema_to_postgres_with_grant_option.sql; supabase/storage 0049-buckets-objects-grants-postgres.sql
grant usage on schema storage to postgres with grant option;
revoke create on schema storage from postgres;
grant all on storage.buckets, storage.objects to postgres with grant option;
grant all on all routines in schema storage to postgres;
-- demote-postgres.sql, 20230224042246_grant_extensions_perms_for_postgres.sql
grant all on schema extensions to postgres;
grant all on all tables in schema extensions to postgres with grant option;
grant all on all routines in schema extensions to postgres with grant option;
grant all on all sequences in schema extensions to postgres with grant option;
alter default privileges for role supabase_admin in schema extensions grant all on tables to postgres with grant option;
alter default privileges for role supabase_admin in schema extensions grant all on routines to postgres with grant option;
alter default privileges for role supabase_admin in schema extensions grant all on sequences to postgres with grant option;

-- Hosted lets postgres create, alter and drop policies on the platform's auth and storage tables through supautils'
-- policy_grants (ansible/files/postgresql_config/supautils.conf.j2). Plain Postgres asks for ownership, so postgres is a
-- member of the two owners here, and the guard below refuses everything else that membership would allow.
grant supabase_auth_admin, supabase_storage_admin to postgres;

create or replace function extensions.hosted_postgres_guard() returns event_trigger language plpgsql as $$
declare
  cmd record;
begin
  if session_user::text <> 'postgres' and current_user::text <> 'postgres' then return; end if;
  if tg_event = 'sql_drop' then
    for cmd in select * from pg_event_trigger_dropped_objects() where original loop
      if cmd.object_type <> 'policy' and (cmd.schema_name in ('auth', 'storage') or cmd.object_identity ~ ' on (auth|storage)\.') then
        raise exception 'hosted Supabase''s postgres may not drop % % (the platform owns the auth and storage schemas)', cmd.object_type, cmd.object_identity
          using errcode = '42501', hint = 'Policies, triggers and grants on auth and storage tables are yours; the rest is the platform''s.';
      end if;
    end loop;
    return;
  end if;
  for cmd in select * from pg_event_trigger_ddl_commands() loop
    if cmd.schema_name in ('auth', 'storage') and cmd.command_tag not in ('CREATE POLICY', 'ALTER POLICY', 'CREATE TRIGGER', 'GRANT', 'REVOKE') then
      raise exception 'hosted Supabase''s postgres may not run % on % (the platform owns the auth and storage schemas)', cmd.command_tag, cmd.object_identity
        using errcode = '42501', hint = 'Policies, triggers and grants on auth and storage tables are yours; the rest is the platform''s.';
    end if;
  end loop;
end $$;
do $$
begin
  if not exists (select from pg_event_trigger where evtname = 'hosted_postgres_ddl_guard') then
    create event trigger hosted_postgres_ddl_guard on ddl_command_end execute function extensions.hosted_postgres_guard();
  end if;
  if not exists (select from pg_event_trigger where evtname = 'hosted_postgres_drop_guard') then
    create event trigger hosted_postgres_drop_guard on sql_drop execute function extensions.hosted_postgres_guard();
  end if;
end $$;
revoke all on function extensions.hosted_postgres_guard() from postgres, public;
