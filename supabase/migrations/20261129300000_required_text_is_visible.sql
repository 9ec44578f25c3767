-- Why: required text (a candidate's name, job titles, skill names, notes, organization names) could be nothing but
-- non-breaking, zero-width or ideographic spaces: btrim only trims ASCII spaces and '\S' depends on the locale (under
-- "C" every non-ASCII character is \S). Now each must hold at least one character a person can see.

-- True when `value` has a character that is not Unicode White_Space, a Default_Ignorable_Code_Point (zero-width
-- spaces and joiners, bidi marks, variation selectors, Hangul fillers, the BOM, tags…), a control character or the
-- blank braille pattern; null for null. Spelled out code point by code point so no locale changes the answer.
-- src/lib/visible-text.ts is the browser's twin; tests/db/visible-text.test.ts proves both agree on every code point.
create function public.has_visible_text(value text)
returns boolean
language sql
immutable
parallel safe
set search_path = ''
as $$
  select value ~ '[^\u0001-\u0020\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]'
$$;

-- Every skill name and alias in a skill list is visible. Any other shape passes here: is_valid_skill_list refuses it.
create function public.skill_texts_are_visible(skills jsonb)
returns boolean
language sql
immutable
parallel safe
set search_path = ''
as $$
  select jsonb_typeof(skills) is distinct from 'array' or not exists (
    select 1
    from jsonb_array_elements(skills) s
    where jsonb_typeof(s.value) = 'object'
      and (not public.has_visible_text(s.value ->> 'name')
           or (jsonb_typeof(s.value -> 'aliases') = 'array'
               and exists (select 1 from jsonb_array_elements(s.value -> 'aliases') a where not public.has_visible_text(a.value #>> '{}'))))
  )
$$;

-- Check constraints call these as whoever writes the row (a candidate, a recruiter, a function).
grant execute on function public.has_visible_text(text), public.skill_texts_are_visible(jsonb) to anon, authenticated, service_role;

-- Rows written before this check get a visible stand-in, so the checks below hold for every row (a check is tested
-- again on any later update of its row, so leaving one invalid would block even a stage change).
update public.organizations set name = slug where not public.has_visible_text(name);
update public.jobs set title = '(untitled job)' where not public.has_visible_text(title);
update public.jobs j
set skills = (
  select coalesce(jsonb_agg(
    jsonb_build_object(
      'name', case when public.has_visible_text(s.value ->> 'name') then s.value -> 'name' else to_jsonb('(unnamed skill)'::text) end,
      'weight', s.value -> 'weight',
      'required', s.value -> 'required',
      'aliases', (select coalesce(jsonb_agg(a.value order by a.ordinality), '[]'::jsonb)
                  from jsonb_array_elements(s.value -> 'aliases') with ordinality a
                  where public.has_visible_text(a.value #>> '{}'))
    ) order by s.ordinality), '[]'::jsonb)
  from jsonb_array_elements(j.skills) with ordinality s
)
where not public.skill_texts_are_visible(j.skills);
update public.applications set full_name = '(no name given)' where not public.has_visible_text(full_name);
update public.notes set body = '(empty note)' where not public.has_visible_text(body);

-- Checks run in name order: jobs_skills_visible comes after jobs_skills_shape, which reports a malformed list.
alter table public.organizations add constraint organizations_name_visible check (public.has_visible_text(name));
alter table public.jobs add constraint jobs_title_visible check (public.has_visible_text(title));
alter table public.jobs add constraint jobs_skills_visible check (public.skill_texts_are_visible(skills));
alter table public.applications add constraint applications_full_name_visible check (public.has_visible_text(full_name));
alter table public.notes add constraint notes_body_visible check (public.has_visible_text(body));
