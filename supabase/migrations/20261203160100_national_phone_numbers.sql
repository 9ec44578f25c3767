-- Why: a number typed the national way ("030 1234567" on a job in Germany) did not link to the same number written
-- with its country (+49 30 1234567); the phone key now reads a national number in the job's country, as E.164.

-- The country calling code and national trunk prefix of the countries we read national numbers for (null elsewhere:
-- such a number keeps its bare digits, as before). Italy and San Marino keep the leading 0 in E.164, so no prefix.
create function public.phone_country(country text)
returns table (calling_code text, trunk_prefix text)
language sql
immutable
set search_path = ''
as $$
  select c.calling_code, c.trunk_prefix
  from (values
    ('AT', '43', '0'), ('AU', '61', '0'), ('BE', '32', '0'), ('BG', '359', '0'), ('CA', '1', '1'), ('CH', '41', '0'),
    ('CY', '357', ''), ('CZ', '420', ''), ('DE', '49', '0'), ('DK', '45', ''), ('EE', '372', ''), ('ES', '34', ''),
    ('FI', '358', '0'), ('FR', '33', '0'), ('GB', '44', '0'), ('GR', '30', ''), ('HR', '385', '0'), ('HU', '36', '06'),
    ('IE', '353', '0'), ('IL', '972', '0'), ('IN', '91', '0'), ('IS', '354', ''), ('IT', '39', ''), ('JP', '81', '0'),
    ('KR', '82', '0'), ('LI', '423', ''), ('LT', '370', '0'), ('LU', '352', ''), ('LV', '371', ''), ('MT', '356', ''),
    ('NL', '31', '0'), ('NO', '47', ''), ('NZ', '64', '0'), ('PL', '48', ''), ('PT', '351', ''), ('RO', '40', '0'),
    ('SE', '46', '0'), ('SG', '65', ''), ('SI', '386', '0'), ('SK', '421', '0'), ('SM', '378', ''), ('TR', '90', '0'),
    ('UA', '380', '0'), ('US', '1', '1'), ('ZA', '27', '0')
  ) as c (country, calling_code, trunk_prefix)
  where c.country = phone_country.country
$$;

-- E.164 where the number says its country (+… or 00…; a "(0)" after the code is dropped); a national number in the
-- given country's format becomes +<calling code><number without the trunk prefix>; otherwise its digits.
create function public.phone_match_key(phone text, country text)
returns text
language sql
immutable
set search_path = ''
as $$
  with p as (
    select btrim(coalesce(phone, '')) as raw,
           regexp_replace(replace(coalesce(phone, ''), '(0)', ''), '\D', '', 'g') as digits
  ), c as (
    select (select pc.calling_code from public.phone_country(upper(country)) pc) as code,
           (select pc.trunk_prefix from public.phone_country(upper(country)) pc) as trunk
  )
  select case
    when char_length(p.digits) < 6 then null
    when p.raw like '+%' then '+' || ltrim(p.digits, '0')
    when p.digits like '00%' then '+' || ltrim(p.digits, '0')
    when c.code is null then p.digits
    when c.trunk <> '' and p.digits like c.trunk || '%' then '+' || c.code || substr(p.digits, char_length(c.trunk) + 1)
    else '+' || c.code || p.digits
  end
  from p, c
$$;
grant execute on function public.phone_country(text), public.phone_match_key(text, text) to anon, authenticated, service_role;

-- The key needs the job's country, so a trigger keeps it instead of a generated column.
alter table public.applications drop column phone_key;
drop function public.phone_match_key(text);
alter table public.applications add column phone_key text;
create index applications_phone_key_idx on public.applications (phone_key) where phone_key is not null;
grant select (phone_key) on table public.applications to authenticated;

-- Security definer: the job's country is read whatever the writer may see of the job; only the key is set.
create function public.set_phone_key()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.phone_key := public.phone_match_key(new.phone, (select j.country_code from public.jobs j where j.id = new.job_id));
  return new;
end
$$;
revoke execute on function public.set_phone_key() from public, anon, authenticated;
create trigger applications_set_phone_key before insert or update of phone, job_id on public.applications
  for each row execute function public.set_phone_key();

-- What is already stored gets its key and links up again; filling a derived key is no edit, so updated_at stays.
alter table public.applications disable trigger applications_touch_updated_at;
update public.applications a set phone_key = public.phone_match_key(a.phone, j.country_code)
  from public.jobs j where j.id = a.job_id and a.phone_key is distinct from public.phone_match_key(a.phone, j.country_code);
alter table public.applications enable trigger applications_touch_updated_at;
do $$
declare
  r record;
begin
  for r in select distinct job_id, email_key, phone_key, linkedin_key from public.applications loop
    perform public.refresh_job_submissions(r.job_id, r.email_key, r.phone_key, r.linkedin_key);
  end loop;
end
$$;
