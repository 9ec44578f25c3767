-- Why: public job pages publish Google's JobPosting data (salary range, remote policy, country, department, closing date), so jobs hold them, checked here.

alter table public.jobs
  add column department text not null default ''
    constraint jobs_department_length check (char_length(department) <= 100),
  -- Where the work happens: at the job's location, partly there, or from anywhere in country_code (remote).
  add column remote_policy text not null default 'on_site'
    constraint jobs_remote_policy_known check (remote_policy in ('on_site', 'hybrid', 'remote')),
  -- ISO 3166-1 alpha-2: the office's country, or where a remote candidate must live (Google's applicantLocationRequirements).
  add column country_code text
    constraint jobs_country_code_shape check (country_code ~ '^[A-Z]{2}$'),
  add column salary_min numeric(12, 2)
    constraint jobs_salary_min_range check (salary_min >= 0 and salary_min < 1e9),
  add column salary_max numeric(12, 2)
    constraint jobs_salary_max_range check (salary_max > 0 and salary_max < 1e9),
  -- ISO 4217 code, upper case.
  add column salary_currency text
    constraint jobs_salary_currency_shape check (salary_currency ~ '^[A-Z]{3}$'),
  add column salary_period text
    constraint jobs_salary_period_known check (salary_period in ('hour', 'day', 'week', 'month', 'year')),
  -- The last moment applications are welcome (Google's validThrough); null means until the job is closed.
  add column valid_through timestamptz,
  -- A salary is all or nothing: an amount needs its currency and period, and a range runs upwards.
  add constraint jobs_salary_complete check (
    (salary_min is null and salary_max is null and salary_currency is null and salary_period is null)
    or ((salary_min is not null or salary_max is not null) and salary_currency is not null and salary_period is not null)
  ),
  add constraint jobs_salary_ordered check (salary_min is null or salary_max is null or salary_min <= salary_max),
  -- Google needs the country a remote candidate may work from.
  add constraint jobs_remote_has_country check (remote_policy <> 'remote' or country_code is not null);

grant insert (department, remote_policy, country_code, salary_min, salary_max, salary_currency, salary_period, valid_through)
  on table public.jobs to authenticated;
grant update (department, remote_policy, country_code, salary_min, salary_max, salary_currency, salary_period, valid_through)
  on table public.jobs to authenticated;
