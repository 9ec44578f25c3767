-- Candidate and team email: per-organization settings and templates, and the outbox send-emails drains.

-- The merge fields a template may use; anything else between {{ }} is refused, so a typo never reaches a candidate.
create or replace function public.email_template_fields_known(template text)
  returns boolean
  language sql
  immutable
  set search_path to ''
as $function$
  select not exists (
    select 1 from regexp_matches(template, '\{\{([^}]*)\}\}', 'g') m
    where btrim(m[1]) not in ('candidate_first_name', 'job_title', 'organization', 'status_link')
  )
$function$;
revoke all on function public.email_template_fields_known(template text) from public, anon, authenticated, service_role;
grant execute on function public.email_template_fields_known(template text) to public, anon, authenticated, service_role;

-- Per-organisation email settings: how long a rejection email waits, so a recruiter can still cancel it.
create table public.email_settings (
  org_id uuid not null,
  rejection_delay_minutes integer default 1440 not null,
  updated_at timestamp with time zone default now() not null,
  constraint email_settings_rejection_delay_minutes_check check (((rejection_delay_minutes >= 0) and (rejection_delay_minutes <= 43200))),
  constraint email_settings_pkey primary key (org_id),
  constraint email_settings_org_id_fkey foreign key (org_id) references public.organizations(id) on delete cascade
);

alter table public.email_settings enable row level security;

-- Owners write plain text; the HTML part is made from it with every character escaped, so no template carries markup.
create table public.email_templates (
  org_id uuid not null,
  kind text not null,
  subject text not null,
  body text not null,
  updated_by uuid,
  updated_at timestamp with time zone default now() not null,
  constraint email_templates_kind_check check ((kind = any (array['received'::text, 'rejection'::text, 'interview'::text, 'offer'::text]))),
  constraint email_templates_subject_check check (((char_length(subject) between 1 and 200) and (subject !~ '[\r\n]'::text) and public.has_visible_text(subject) and public.email_template_fields_known(subject))),
  constraint email_templates_body_check check (((char_length(body) between 1 and 5000) and public.has_visible_text(body) and public.email_template_fields_known(body))),
  constraint email_templates_pkey primary key (org_id, kind),
  constraint email_templates_org_id_fkey foreign key (org_id) references public.organizations(id) on delete cascade,
  constraint email_templates_updated_by_fkey foreign key (updated_by) references auth.users(id) on delete set null
);

alter table public.email_templates enable row level security;

-- One row per email. template says which wording (an org template, or a member notification); payload holds what a
-- notification lists. The body is rendered by send-emails at sending time and not kept; the subject sent is.
create table public.email_outbox (
  id uuid default gen_random_uuid() not null,
  org_id uuid not null,
  application_id uuid,
  recipient_user uuid,
  template text not null,
  to_address text not null,
  payload jsonb default '{}'::jsonb not null,
  status text default 'pending'::text not null,
  send_after timestamp with time zone default now() not null,
  attempts integer default 0 not null,
  lease_token uuid,
  lease_until timestamp with time zone,
  last_error text,
  subject text,
  -- The idempotency key: the same Message-ID on every attempt, so a resend after a crash is the same message.
  message_id text default (('<'::text || gen_random_uuid()) || '@smart-ats.local>'::text) not null,
  created_by uuid,
  created_at timestamp with time zone default now() not null,
  sent_at timestamp with time zone,
  cancelled_at timestamp with time zone,
  cancelled_by uuid,
  constraint email_outbox_to_address_check check ((char_length(to_address) <= 320)),
  constraint email_outbox_payload_check check (((jsonb_typeof(payload) = 'object'::text) and (pg_column_size(payload) <= 16384))),
  constraint email_outbox_status_check check ((status = any (array['pending'::text, 'sending'::text, 'sent'::text, 'failed'::text, 'cancelled'::text]))),
  constraint email_outbox_last_error_check check ((char_length(last_error) <= 1000)),
  constraint email_outbox_check check (((application_id is not null) or (recipient_user is not null))),
  constraint email_outbox_pkey primary key (id),
  constraint email_outbox_message_id_key unique (message_id),
  constraint email_outbox_template_check check ((template = any (array['received'::text, 'rejection'::text, 'interview'::text, 'offer'::text, 'new_application'::text, 'daily_digest'::text, 'mention'::text]))),
  constraint email_outbox_org_id_fkey foreign key (org_id) references public.organizations(id) on delete cascade,
  constraint email_outbox_application_id_fkey foreign key (application_id) references public.applications(id) on delete cascade,
  constraint email_outbox_recipient_user_fkey foreign key (recipient_user) references auth.users(id) on delete cascade,
  constraint email_outbox_created_by_fkey foreign key (created_by) references auth.users(id) on delete set null,
  constraint email_outbox_cancelled_by_fkey foreign key (cancelled_by) references auth.users(id) on delete set null
);

alter table public.email_outbox enable row level security;

create index email_outbox_due_idx on public.email_outbox (send_after) where (status = any (array['pending'::text, 'sending'::text]));

create index email_outbox_application_idx on public.email_outbox (application_id, created_at) where (application_id is not null);

create index email_outbox_recipient_idx on public.email_outbox (recipient_user, created_at) where (recipient_user is not null);

create index email_outbox_org_idx on public.email_outbox (org_id);

create or replace function public.stamp_email_template_author()
  returns trigger
  language plpgsql
  set search_path to ''
as $function$
begin
  new.updated_by := (select auth.uid());
  return new;
end
$function$;
revoke all on function public.stamp_email_template_author() from public, anon, authenticated, service_role;
grant execute on function public.stamp_email_template_author() to public, anon, authenticated, service_role;

-- Every organisation starts with the same wording, which its owners then edit.
create or replace function public.default_email_templates()
  returns table(kind text, subject text, body text)
  language sql
  immutable
  set search_path to ''
as $function$
  values
    ('received', 'We received your application for {{job_title}}',
     E'Hi {{candidate_first_name}},\n\nThank you for applying for {{job_title}} at {{organization}}. We will read your application and get back to you.\n\nYou can follow your application, and withdraw it, at your private link:\n{{status_link}}\n\n{{organization}}'),
    ('rejection', 'Your application for {{job_title}}',
     E'Hi {{candidate_first_name}},\n\nThank you for your interest in {{job_title}} at {{organization}}. After careful consideration we have decided not to move forward with your application.\n\nWe wish you all the best in your search.\n\n{{organization}}'),
    ('interview', 'Interview for {{job_title}} at {{organization}}',
     E'Hi {{candidate_first_name}},\n\nWe would like to invite you to an interview for {{job_title}}. We will be in touch shortly to find a time that suits you.\n\nYour application: {{status_link}}\n\n{{organization}}'),
    ('offer', 'An offer for {{job_title}} at {{organization}}',
     E'Hi {{candidate_first_name}},\n\nWe are delighted to offer you the role of {{job_title}} at {{organization}}. We will send the details separately.\n\n{{organization}}')
$function$;
revoke all on function public.default_email_templates() from public, anon, authenticated, service_role;
grant execute on function public.default_email_templates() to public, anon, authenticated, service_role;

create or replace function public.create_org_email_defaults()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  insert into public.email_settings (org_id) values (new.id) on conflict do nothing;
  insert into public.email_templates (org_id, kind, subject, body)
  select new.id, d.kind, d.subject, d.body from public.default_email_templates() d
  on conflict do nothing;
  return null;
end
$function$;
revoke all on function public.create_org_email_defaults() from public, anon, authenticated, service_role;
grant execute on function public.create_org_email_defaults() to service_role;

-- An address an SMTP envelope can take as one mailbox: no list separators, quotes, brackets or spaces.
create or replace function public.is_sendable_email_address(address text)
  returns boolean
  language sql
  immutable
  set search_path to ''
as $function$
  select coalesce(char_length(address) <= 254 and address ~ '^[A-Za-z0-9.!#$%&''*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$', false)
$function$;
revoke all on function public.is_sendable_email_address(address text) from public, anon, authenticated, service_role;
grant execute on function public.is_sendable_email_address(address text) to public, anon, authenticated, service_role;

-- The candidate's confirmation, in the same transaction as their application. Only a candidate's own submission
-- (anon or a signed-in user through the API) sends one: imports and admin writes do not email anybody.
create or replace function public.queue_application_emails()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
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
  insert into public.email_outbox (org_id, recipient_user, template, to_address, payload)
  select org, u.id, 'new_application', u.email,
         jsonb_build_object('applicationId', new.id, 'jobId', j.id, 'jobTitle', left(j.title, 200), 'candidateName', left(new.full_name, 200))
    from public.job_follows f
    join public.notification_preferences p on p.org_id = f.org_id and p.user_id = f.user_id
    join public.jobs j on j.id = f.job_id
    join auth.users u on u.id = f.user_id
   where f.job_id = new.job_id and p.new_applications = 'each' and public.is_sendable_email_address(u.email);
  return null;
end
$function$;
revoke all on function public.queue_application_emails() from public, anon, authenticated, service_role;
grant execute on function public.queue_application_emails() to service_role;

-- Claims due emails for one drain: pending ones whose time has come and sending ones whose lease ran out (a drainer
-- that crashed mid-send). Each claim gets a new lease token; only its holder can finish it. Everything the function
-- needs to render the email comes back with it.
create or replace function public.claim_outbox_emails(max_emails integer default 20, lease_seconds integer default 120, max_attempts integer default 10)
  returns table(id uuid, lease_token uuid, message_id text, template text, to_address text, attempts integer, payload jsonb, organization text, job_title text, candidate_name text, application_id uuid, resume_path text, status_key_hash text, subject_template text, body_template text)
  language plpgsql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.claim_outbox_emails(max_emails integer, lease_seconds integer, max_attempts integer) from public, anon, authenticated, service_role;
grant execute on function public.claim_outbox_emails(max_emails integer, lease_seconds integer, max_attempts integer) to service_role;

-- The outcome of one claimed email. A failure goes back to pending after base · 2^(attempts-1) seconds (capped at
-- six hours) until max_attempts, then stays failed with its error for people to see.
create or replace function public.finish_outbox_email(email_id uuid, token uuid, sent_subject text, error text default null::text, retry_base_seconds integer default 60, max_attempts integer default 10)
  returns text
  language plpgsql
  security definer
  set search_path to ''
as $function$
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
$function$;
revoke all on function public.finish_outbox_email(email_id uuid, token uuid, sent_subject text, error text, retry_base_seconds integer, max_attempts integer) from public, anon, authenticated, service_role;
grant execute on function public.finish_outbox_email(email_id uuid, token uuid, sent_subject text, error text, retry_base_seconds integer, max_attempts integer) to service_role;

-- Cancels an email that is still waiting (typically a rejection within its delay). Recruiters of the application's
-- organisation only; an email that is being sent or was sent can no longer be cancelled.
create or replace function public.cancel_email(email_id uuid)
  returns jsonb
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  mail record;
begin
  select o.id, o.org_id, o.status, o.application_id into mail from public.email_outbox o where o.id = email_id for update;
  if mail.id is null or mail.application_id is null or not public.is_org_member(mail.org_id, 'recruiter') then
    raise exception 'This email was not found.' using errcode = 'PT404';
  end if;
  if mail.status = 'cancelled' then
    return jsonb_build_object('status', 'cancelled');
  end if;
  if mail.status <> 'pending' then
    raise exception 'This email is already being sent or was sent, so it can no longer be cancelled.' using errcode = 'PT409';
  end if;
  update public.email_outbox set status = 'cancelled', cancelled_at = now(), cancelled_by = (select auth.uid()) where id = mail.id;
  return jsonb_build_object('status', 'cancelled');
end
$function$;
revoke all on function public.cancel_email(email_id uuid) from public, anon, authenticated, service_role;
grant execute on function public.cancel_email(email_id uuid) to authenticated, service_role;

-- A stage email (interview invitation, offer) from the organisation's template, sent now, by a recruiter.
create or replace function public.send_stage_email(application_id uuid, template text)
  returns jsonb
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  app record;
  mail_id uuid;
begin
  if template is null or template not in ('interview', 'offer') then
    raise exception 'Choose the interview invitation or the offer template.' using errcode = '22023';
  end if;
  select a.id, a.email, a.withdrawn_at, j.org_id into app
    from public.applications a join public.jobs j on j.id = a.job_id where a.id = send_stage_email.application_id;
  if app.id is null or not public.is_org_member(app.org_id, 'recruiter') then
    raise exception 'This application was not found.' using errcode = 'PT404';
  end if;
  if app.withdrawn_at is not null then
    raise exception 'The candidate withdrew this application, so no email is sent.' using errcode = 'PT409';
  end if;
  if not public.is_sendable_email_address(app.email) then
    raise exception 'The candidate''s address cannot receive email.' using errcode = '22023';
  end if;
  insert into public.email_outbox (org_id, application_id, template, to_address, created_by)
  values (app.org_id, app.id, template, app.email, (select auth.uid()))
  returning id into mail_id;
  return jsonb_build_object('id', mail_id, 'status', 'pending');
end
$function$;
revoke all on function public.send_stage_email(application_id uuid, template text) from public, anon, authenticated, service_role;
grant execute on function public.send_stage_email(application_id uuid, template text) to authenticated, service_role;

-- Withdrawing cancels whatever still waits for that candidate.
create or replace function public.cancel_emails_on_withdrawal()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
begin
  update public.email_outbox set status = 'cancelled', cancelled_at = now()
   where application_id = new.id and status = 'pending' and template <> 'received';
  return null;
end
$function$;
revoke all on function public.cancel_emails_on_withdrawal() from public, anon, authenticated, service_role;
grant execute on function public.cancel_emails_on_withdrawal() to service_role;

-- Members newly mentioned by a note (not its author, not already mentioned before an edit) get one email each.
create or replace function public.queue_mention_emails()
  returns trigger
  language plpgsql
  security definer
  set search_path to ''
as $function$
declare
  before_edit text[] := case when tg_op = 'UPDATE' then public.mentioned_addresses(old.body) else '{}' end;
  wanted text[] := public.mentioned_addresses(new.body);
begin
  if cardinality(wanted) = 0 or new.deleted_at is not null then
    return null;
  end if;
  insert into public.email_outbox (org_id, application_id, recipient_user, template, to_address, payload, created_by)
  select j.org_id, null, u.id, 'mention', u.email, jsonb_build_object(
           'noteId', new.id, 'applicationId', a.id, 'jobId', j.id, 'jobTitle', j.title, 'candidateName', a.full_name,
           'authorEmail', (select w.email from auth.users w where w.id = new.author), 'excerpt', left(new.body, 500)),
         new.author
    from public.applications a
    join public.jobs j on j.id = a.job_id
    join public.memberships m on m.org_id = j.org_id
    join auth.users u on u.id = m.user_id
   where a.id = new.application_id
     and lower(u.email) = any (wanted) and not (lower(u.email) = any (before_edit))
     and u.id <> new.author and public.is_sendable_email_address(u.email);
  return null;
end
$function$;
revoke all on function public.queue_mention_emails() from public, anon, authenticated, service_role;
grant execute on function public.queue_mention_emails() to service_role;

create trigger email_settings_touch_updated_at before update on public.email_settings for each row execute function public.touch_updated_at();

create trigger email_templates_touch_updated_at before update on public.email_templates for each row execute function public.touch_updated_at();

create trigger email_templates_stamp_author before insert or update on public.email_templates for each row execute function public.stamp_email_template_author();

create trigger organizations_email_defaults after insert on public.organizations for each row execute function public.create_org_email_defaults();

create trigger applications_queue_emails after insert on public.applications for each row execute function public.queue_application_emails();

create trigger applications_cancel_emails_on_withdrawal after update of withdrawn_at on public.applications for each row when (((old.withdrawn_at is null) and (new.withdrawn_at is not null))) execute function public.cancel_emails_on_withdrawal();

create trigger notes_queue_mention_emails after insert or update of body on public.notes for each row execute function public.queue_mention_emails();

create policy "members read their organization's candidate emails and their ow" on public.email_outbox for select to authenticated
  using ((((application_id is not null) and public.is_org_member(org_id)) or (recipient_user = ( select auth.uid() as uid))));

create policy "members read their organization's email settings" on public.email_settings for select to authenticated
  using (public.is_org_member(org_id));

create policy "owners change their organization's email settings" on public.email_settings for update to authenticated
  using (public.is_org_member(org_id, 'owner'::text))
  with check (public.is_org_member(org_id, 'owner'::text));

create policy "members read their organization's email templates" on public.email_templates for select to authenticated
  using (public.is_org_member(org_id));

create policy "owners edit their organization's email templates" on public.email_templates for update to authenticated
  using (public.is_org_member(org_id, 'owner'::text))
  with check (public.is_org_member(org_id, 'owner'::text));

revoke all on table public.email_settings from anon, authenticated, service_role;

grant all on table public.email_settings to service_role;

grant select on table public.email_settings to authenticated;

grant update (rejection_delay_minutes) on table public.email_settings to authenticated;

revoke all on table public.email_templates from anon, authenticated, service_role;

grant all on table public.email_templates to service_role;

grant select on table public.email_templates to authenticated;

grant update (subject, body) on table public.email_templates to authenticated;

revoke all on table public.email_outbox from anon, authenticated, service_role;

grant all on table public.email_outbox to service_role;

grant select (id, org_id, application_id, recipient_user, template, to_address, status, send_after, attempts, last_error, subject, created_by, created_at, sent_at, cancelled_at, cancelled_by) on table public.email_outbox to authenticated;
