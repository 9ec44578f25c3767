-- Why: jobs are the public board and the thing candidates apply to; the slug doubles as the resume folder in storage.

-- A skill list is [{ name, weight 1–5, required, aliases[] }] with exactly those keys, so the scorer can trust it.
create function public.is_valid_skill_list(skills jsonb)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
declare
  skill jsonb;
  alias jsonb;
begin
  if skills is null or jsonb_typeof(skills) <> 'array' or jsonb_array_length(skills) > 50 then
    return false;
  end if;
  for skill in select value from jsonb_array_elements(skills) loop
    if jsonb_typeof(skill) <> 'object'
      or not skill ?& array['name', 'weight', 'required', 'aliases']
      or (select count(*) from jsonb_object_keys(skill)) <> 4
      or jsonb_typeof(skill -> 'name') <> 'string'
      or char_length(btrim(skill ->> 'name')) not between 1 and 100
      or jsonb_typeof(skill -> 'weight') <> 'number'
      or (skill ->> 'weight') not in ('1', '2', '3', '4', '5')
      or jsonb_typeof(skill -> 'required') <> 'boolean'
      or jsonb_typeof(skill -> 'aliases') <> 'array'
      or jsonb_array_length(skill -> 'aliases') > 20
    then
      return false;
    end if;
    for alias in select value from jsonb_array_elements(skill -> 'aliases') loop
      if jsonb_typeof(alias) <> 'string' or char_length(btrim(alias #>> '{}')) not between 1 and 100 then
        return false;
      end if;
    end loop;
  end loop;
  return true;
end
$$;

create table public.jobs (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  slug text not null unique
    constraint jobs_slug_shape check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
  title text not null check (char_length(btrim(title)) between 1 and 200),
  location text not null default '' check (char_length(location) <= 200),
  employment_type text not null default 'full_time'
    check (employment_type in ('full_time', 'part_time', 'contract', 'internship', 'temporary')),
  description text not null default '' check (char_length(description) <= 50000),
  status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
  skills jsonb not null default '[]' constraint jobs_skills_shape check (public.is_valid_skill_list(skills)),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_at timestamptz
);
create index jobs_org_id_status_idx on public.jobs (org_id, status);
create index jobs_open_published_idx on public.jobs (published_at desc) where status = 'open';

-- published_at is when the job first went on the board; closing and reopening keeps it.
create function public.stamp_job_published()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.status = 'open' and new.published_at is null then
    new.published_at := now();
  end if;
  return new;
end
$$;

create trigger jobs_stamp_published before insert or update of status on public.jobs
  for each row execute function public.stamp_job_published();
create trigger jobs_touch_updated_at before update on public.jobs
  for each row execute function public.touch_updated_at();

-- The org a job belongs to, for policies on tables that only know a job id.
create function public.job_org(job uuid)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select j.org_id from public.jobs j where j.id = job_org.job
$$;
revoke execute on function public.job_org(uuid) from public;
grant execute on function public.job_org(uuid) to anon, authenticated, service_role;

alter table public.jobs enable row level security;
revoke all on table public.jobs from anon, authenticated;
grant select on table public.jobs to anon, authenticated;
grant insert (id, org_id, slug, title, location, employment_type, description, status, skills) on table public.jobs to authenticated;
grant update (slug, title, location, employment_type, description, status, skills) on table public.jobs to authenticated;

create policy "anyone reads open jobs"
  on public.jobs for select to anon, authenticated
  using (status = 'open');

create policy "members read all their organization's jobs"
  on public.jobs for select to authenticated
  using (public.is_org_member(org_id));

create policy "recruiters create jobs"
  on public.jobs for insert to authenticated
  with check (public.is_org_member(org_id, 'recruiter'));

create policy "recruiters edit jobs"
  on public.jobs for update to authenticated
  using (public.is_org_member(org_id, 'recruiter'))
  with check (public.is_org_member(org_id, 'recruiter'));

-- The board shows who is hiring: an organization with an open job is public (it only has a name and a slug).
create policy "anyone reads organizations with open jobs"
  on public.organizations for select to anon, authenticated
  using (exists (select 1 from public.jobs j where j.org_id = organizations.id and j.status = 'open'));
