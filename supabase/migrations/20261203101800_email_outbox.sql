-- Why: emails to candidates and members are rows of email_outbox written in the same transaction as their event, then drained over SMTP by the send-emails function (at least once, leased, retried with backoff).

-- Per-organisation email settings: how long a rejection email waits, so a recruiter can still cancel it.
create table public.email_settings (
  org_id uuid primary key references public.organizations (id) on delete cascade,
  rejection_delay_minutes integer not null default 1440 check (rejection_delay_minutes between 0 and 43200),
  updated_at timestamptz not null default now()
);
create trigger email_settings_touch_updated_at before update on public.email_settings
  for each row execute function public.touch_updated_at();

-- The merge fields a template may use; anything else between {{ }} is refused, so a typo never reaches a candidate.
create function public.email_template_fields_known(template text)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select not exists (
    select 1 from regexp_matches(template, '\{\{([^}]*)\}\}', 'g') m
    where btrim(m[1]) not in ('candidate_first_name', 'job_title', 'organization', 'status_link')
  )
$$;

-- Owners write plain text; the HTML part is made from it with every character escaped, so no template carries markup.
create table public.email_templates (
  org_id uuid not null references public.organizations (id) on delete cascade,
  kind text not null check (kind in ('received', 'rejection', 'interview', 'offer')),
  subject text not null check (char_length(subject) between 1 and 200 and subject !~ '[\r\n]'
    and public.has_visible_text(subject) and public.email_template_fields_known(subject)),
  body text not null check (char_length(body) between 1 and 5000
    and public.has_visible_text(body) and public.email_template_fields_known(body)),
  updated_by uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now(),
  primary key (org_id, kind)
);
create trigger email_templates_touch_updated_at before update on public.email_templates
  for each row execute function public.touch_updated_at();

create function public.stamp_email_template_author()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_by := (select auth.uid());
  return new;
end
$$;
create trigger email_templates_stamp_author before insert or update on public.email_templates
  for each row execute function public.stamp_email_template_author();

-- Every organisation starts with the same wording, which its owners then edit.
create function public.default_email_templates()
returns table (kind text, subject text, body text)
language sql
immutable
set search_path = ''
as $$
  values
    ('received', 'We received your application for {{job_title}}',
     E'Hi {{candidate_first_name}},\n\nThank you for applying for {{job_title}} at {{organization}}. We will read your application and get back to you.\n\nYou can follow your application, and withdraw it, at your private link:\n{{status_link}}\n\n{{organization}}'),
    ('rejection', 'Your application for {{job_title}}',
     E'Hi {{candidate_first_name}},\n\nThank you for your interest in {{job_title}} at {{organization}}. After careful consideration we have decided not to move forward with your application.\n\nWe wish you all the best in your search.\n\n{{organization}}'),
    ('interview', 'Interview for {{job_title}} at {{organization}}',
     E'Hi {{candidate_first_name}},\n\nWe would like to invite you to an interview for {{job_title}}. We will be in touch shortly to find a time that suits you.\n\nYour application: {{status_link}}\n\n{{organization}}'),
    ('offer', 'An offer for {{job_title}} at {{organization}}',
     E'Hi {{candidate_first_name}},\n\nWe are delighted to offer you the role of {{job_title}} at {{organization}}. We will send the details separately.\n\n{{organization}}')
$$;

create function public.create_org_email_defaults()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.email_settings (org_id) values (new.id) on conflict do nothing;
  insert into public.email_templates (org_id, kind, subject, body)
  select new.id, d.kind, d.subject, d.body from public.default_email_templates() d
  on conflict do nothing;
  return null;
end
$$;
revoke execute on function public.create_org_email_defaults() from public, anon, authenticated;
create trigger organizations_email_defaults after insert on public.organizations
  for each row execute function public.create_org_email_defaults();

insert into public.email_settings (org_id) select id from public.organizations on conflict do nothing;
insert into public.email_templates (org_id, kind, subject, body)
  select o.id, d.kind, d.subject, d.body from public.organizations o cross join public.default_email_templates() d
  on conflict do nothing;

-- An address an SMTP envelope can take as one mailbox: no list separators, quotes, brackets or spaces.
create function public.is_sendable_email_address(address text)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select coalesce(char_length(address) <= 254 and address ~ '^[A-Za-z0-9.!#$%&''*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$', false)
$$;

-- One row per email. template says which wording (an org template, or a member notification); payload holds what a
-- notification lists. The body is rendered by send-emails at sending time and not kept; the subject sent is.
create table public.email_outbox (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  application_id uuid references public.applications (id) on delete cascade,
  recipient_user uuid references auth.users (id) on delete cascade,
  template text not null check (template in ('received', 'rejection', 'interview', 'offer', 'new_application', 'daily_digest')),
  to_address text not null check (char_length(to_address) <= 320),
  payload jsonb not null default '{}' check (jsonb_typeof(payload) = 'object' and pg_column_size(payload) <= 16384),
  status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed', 'cancelled')),
  send_after timestamptz not null default now(),
  attempts integer not null default 0,
  lease_token uuid,
  lease_until timestamptz,
  last_error text check (char_length(last_error) <= 1000),
  subject text,
  -- The idempotency key: the same Message-ID on every attempt, so a resend after a crash is the same message.
  message_id text not null unique default ('<' || gen_random_uuid() || '@smart-ats.local>'),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  cancelled_at timestamptz,
  cancelled_by uuid references auth.users (id) on delete set null,
  check (application_id is not null or recipient_user is not null)
);
create index email_outbox_due_idx on public.email_outbox (send_after) where status in ('pending', 'sending');
create index email_outbox_application_idx on public.email_outbox (application_id, created_at) where application_id is not null;
create index email_outbox_recipient_idx on public.email_outbox (recipient_user, created_at) where recipient_user is not null;
create index email_outbox_org_idx on public.email_outbox (org_id);

-- The candidate's confirmation, in the same transaction as their application. Only a candidate's own submission
-- (anon or a signed-in user through the API) sends one: imports and admin writes do not email anybody.
create function public.queue_application_emails()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  org uuid := public.job_org(new.job_id);
begin
  if coalesce((select auth.role()), '') not in ('anon', 'authenticated') then
    return null;
  end if;
  insert into public.email_outbox (org_id, application_id, template, to_address, status, last_error)
  values (org, new.id, 'received', new.email,
    case when public.is_sendable_email_address(new.email) then 'pending' else 'failed' end,
    case when public.is_sendable_email_address(new.email) then null else 'This address cannot receive email.' end);
  return null;
end
$$;
revoke execute on function public.queue_application_emails() from public, anon, authenticated;
create trigger applications_queue_emails after insert on public.applications
  for each row execute function public.queue_application_emails();

-- Claims due emails for one drain: pending ones whose time has come and sending ones whose lease ran out (a drainer
-- that crashed mid-send). Each claim gets a new lease token; only its holder can finish it. Everything the function
-- needs to render the email comes back with it.
create function public.claim_outbox_emails(max_emails integer default 20, lease_seconds integer default 120, max_attempts integer default 10)
returns table (
  id uuid, lease_token uuid, message_id text, template text, to_address text, attempts integer, payload jsonb,
  organization text, job_title text, candidate_name text, application_id uuid, resume_path text, status_key_hash text,
  subject_template text, body_template text
)
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
  update public.email_outbox o
     set status = 'failed', lease_token = null, lease_until = null,
         last_error = coalesce(o.last_error, 'The sender stopped while sending; given up after ' || o.attempts || ' attempts.')
   where o.status = 'sending' and o.lease_until < now() and o.attempts >= max_attempts;

  return query
  with picked as (
    select c.id from public.email_outbox c
     where ((c.status = 'pending' and c.send_after <= now()) or (c.status = 'sending' and c.lease_until < now()))
     order by c.send_after
     limit greatest(1, least(max_emails, 200))
     for update skip locked
  ), claimed as (
    update public.email_outbox o
       set status = 'sending', attempts = o.attempts + 1, lease_token = gen_random_uuid(),
           lease_until = now() + make_interval(secs => greatest(10, lease_seconds))
      from picked
     where o.id = picked.id
    returning o.*
  )
  select c.id, c.lease_token, c.message_id, c.template, c.to_address, c.attempts, c.payload,
         org.name, j.title, a.full_name, a.id, a.resume_path, a.status_key_hash,
         t.subject, t.body
    from claimed c
    join public.organizations org on org.id = c.org_id
    left join public.applications a on a.id = c.application_id
    left join public.jobs j on j.id = a.job_id
    left join public.email_templates t on t.org_id = c.org_id and t.kind = c.template;
end
$$;

-- The outcome of one claimed email. A failure goes back to pending after base · 2^(attempts-1) seconds (capped at
-- six hours) until max_attempts, then stays failed with its error for people to see.
create function public.finish_outbox_email(
  email_id uuid, token uuid, sent_subject text, error text default null,
  retry_base_seconds integer default 60, max_attempts integer default 10
)
returns text
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  outcome text;
begin
  update public.email_outbox o
     set status = case when error is null then 'sent' when o.attempts >= max_attempts then 'failed' else 'pending' end,
         sent_at = case when error is null then now() end,
         subject = left(sent_subject, 300),
         last_error = left(error, 1000),
         send_after = case when error is null then o.send_after
                           else now() + make_interval(secs => least(21600, greatest(1, retry_base_seconds) * power(2, least(o.attempts - 1, 20)))) end,
         lease_token = null, lease_until = null
   where o.id = email_id and o.lease_token = token and o.status = 'sending'
  returning o.status into outcome;
  return coalesce(outcome, 'lost_lease');
end
$$;

revoke execute on function public.claim_outbox_emails(integer, integer, integer), public.finish_outbox_email(uuid, uuid, text, text, integer, integer)
  from public, anon, authenticated;
grant execute on function public.claim_outbox_emails(integer, integer, integer), public.finish_outbox_email(uuid, uuid, text, text, integer, integer)
  to service_role;

-- Members see their organisation's emails to candidates (the applicant's history) and their own notifications;
-- nobody reads the payload or the lease through the API, and nobody writes rows but the definer functions.
alter table public.email_outbox enable row level security;
revoke all on table public.email_outbox from anon, authenticated;
grant select (id, org_id, application_id, recipient_user, template, to_address, status, send_after, attempts, last_error,
              subject, created_by, created_at, sent_at, cancelled_at, cancelled_by)
  on table public.email_outbox to authenticated;
grant select, insert, update, delete on table public.email_outbox to service_role;

create policy "members read their organization's candidate emails and their own notifications"
  on public.email_outbox for select to authenticated
  using ((application_id is not null and public.is_org_member(org_id)) or recipient_user = (select auth.uid()));

alter table public.email_settings enable row level security;
revoke all on table public.email_settings from anon, authenticated;
grant select on table public.email_settings to authenticated;
grant update (rejection_delay_minutes) on table public.email_settings to authenticated;
grant select, insert, update, delete on table public.email_settings to service_role;

create policy "members read their organization's email settings"
  on public.email_settings for select to authenticated using (public.is_org_member(org_id));
create policy "owners change their organization's email settings"
  on public.email_settings for update to authenticated
  using (public.is_org_member(org_id, 'owner')) with check (public.is_org_member(org_id, 'owner'));

alter table public.email_templates enable row level security;
revoke all on table public.email_templates from anon, authenticated;
grant select on table public.email_templates to authenticated;
grant update (subject, body) on table public.email_templates to authenticated;
grant select, insert, update, delete on table public.email_templates to service_role;

create policy "members read their organization's email templates"
  on public.email_templates for select to authenticated using (public.is_org_member(org_id));
create policy "owners edit their organization's email templates"
  on public.email_templates for update to authenticated
  using (public.is_org_member(org_id, 'owner')) with check (public.is_org_member(org_id, 'owner'));

grant execute on function public.email_template_fields_known(text), public.is_sendable_email_address(text)
  to anon, authenticated, service_role;
grant execute on function public.default_email_templates() to authenticated, service_role;

-- Hosted: pg_cron drains the outbox every minute through pg_net (the local stack's scheduler does the same).
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_cron')
     and exists (select 1 from pg_available_extensions where name = 'pg_net') then
    create extension if not exists pg_cron;
    perform cron.schedule('smart-ats-send-emails', '* * * * *', $c$select public.invoke_edge_function('send-emails', '{}'::jsonb)$c$);
  end if;
end
$$;
