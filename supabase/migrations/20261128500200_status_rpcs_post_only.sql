-- Why: a GET to /rest/v1/rpc runs in a read-only transaction, where a failed attempt cannot be recorded, so guessing
-- through GET would be free; the status RPCs refuse to run read-only (POST only), found or not.

create function public.require_read_write_call()
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if current_setting('transaction_read_only') = 'on' then
    raise exception 'This function must be called with POST.' using errcode = '25006';
  end if;
end
$$;
revoke execute on function public.require_read_write_call() from public, anon, authenticated;

create or replace function public.application_status(application_id text, status_key text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
  perform public.require_read_write_call();
  return public.open_application_status(application_id, status_key, false);
end
$$;

create or replace function public.withdraw_application(application_id text, status_key text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
  perform public.require_read_write_call();
  return public.open_application_status(application_id, status_key, true);
end
$$;
