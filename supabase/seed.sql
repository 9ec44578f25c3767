-- Demo data for local development and tests: two organizations, four logins, five jobs, no applications.
-- Fixed ids so tests and docs can refer to them; safe to run on hosted Supabase (auth rows as GoTrue writes them).

insert into public.organizations (id, name, slug) values
  ('ac000000-0000-4000-8000-000000000000', 'Acme', 'acme'),
  ('9b000000-0000-4000-8000-000000000000', 'Globex', 'globex')
on conflict do nothing;

with logins (id, email, password) as (
  values
    ('ac000000-0000-4000-8000-000000000001'::uuid, 'owner@acme.test', 'acme-owner-pass'),
    ('ac000000-0000-4000-8000-000000000002'::uuid, 'recruiter@acme.test', 'acme-recruiter-pass'),
    ('ac000000-0000-4000-8000-000000000003'::uuid, 'viewer@acme.test', 'acme-viewer-pass'),
    ('9b000000-0000-4000-8000-000000000001'::uuid, 'recruiter@globex.test', 'globex-recruiter-pass')
)
insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  confirmation_token, recovery_token, email_change_token_new, email_change, email_change_token_current,
  phone_change, phone_change_token, reauthentication_token,
  raw_app_meta_data, raw_user_meta_data, is_super_admin, created_at, updated_at
)
select
  '00000000-0000-0000-0000-000000000000', id, 'authenticated', 'authenticated', email,
  extensions.crypt(password, extensions.gen_salt('bf')), now(),
  '', '', '', '', '', '', '', '',
  '{"provider":"email","providers":["email"]}', '{}', false, now(), now()
from logins
on conflict do nothing;

insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select u.id::text, u.id, jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true), 'email', now(), now(), now()
from auth.users u
where u.id in (
  'ac000000-0000-4000-8000-000000000001', 'ac000000-0000-4000-8000-000000000002',
  'ac000000-0000-4000-8000-000000000003', '9b000000-0000-4000-8000-000000000001'
)
on conflict do nothing;

insert into public.memberships (org_id, user_id, role) values
  ('ac000000-0000-4000-8000-000000000000', 'ac000000-0000-4000-8000-000000000001', 'owner'),
  ('ac000000-0000-4000-8000-000000000000', 'ac000000-0000-4000-8000-000000000002', 'recruiter'),
  ('ac000000-0000-4000-8000-000000000000', 'ac000000-0000-4000-8000-000000000003', 'viewer'),
  ('9b000000-0000-4000-8000-000000000000', '9b000000-0000-4000-8000-000000000001', 'recruiter')
on conflict do nothing;

insert into public.jobs (id, org_id, slug, title, location, employment_type, status, created_at, published_at, description, skills) values
(
  'ac000000-0000-4000-9000-000000000001', 'ac000000-0000-4000-8000-000000000000', 'backend-developer',
  'Backend Developer', 'Berlin, Germany (hybrid)', 'full_time', 'open', now() - interval '12 days', now() - interval '10 days',
  $$Acme builds the scheduling and billing platform behind 4,000 independent clinics. Our backend team of six owns the public API, the billing engine and the data pipelines that feed our customers' reports.

You will design and ship services in TypeScript on Node.js, backed by PostgreSQL. A typical week: shaping an API change with the frontend team, writing the migration and the endpoint, load-testing it, and watching it roll out behind a feature flag. We review every change, pair often and deploy many times a day.

We are looking for someone with at least three years of backend experience who cares about data integrity, writes tests without being asked and can explain a query plan. Experience with Docker, Redis and a message queue helps; GraphQL is a bonus.

**What we offer**
- 30 days of holiday
- a learning budget of €2,000 a year
- two office days a week in Kreuzberg

Questions before you apply? Write to [jobs@acme.test](mailto:jobs@acme.test).$$,
  '[
    {"name": "TypeScript", "weight": 5, "required": true, "aliases": ["TS"]},
    {"name": "Node.js", "weight": 5, "required": true, "aliases": ["NodeJS", "Node"]},
    {"name": "PostgreSQL", "weight": 4, "required": true, "aliases": ["Postgres", "psql"]},
    {"name": "REST APIs", "weight": 3, "required": false, "aliases": ["REST", "RESTful"]},
    {"name": "Docker", "weight": 2, "required": false, "aliases": ["containers"]},
    {"name": "Redis", "weight": 2, "required": false, "aliases": []},
    {"name": "GraphQL", "weight": 1, "required": false, "aliases": []}
  ]'
),
(
  'ac000000-0000-4000-9000-000000000002', 'ac000000-0000-4000-8000-000000000000', 'frontend-developer',
  'Frontend Developer', 'Remote (EU time zones)', 'full_time', 'open', now() - interval '9 days', now() - interval '8 days',
  $$Clinic staff spend their whole day in Acme's web app, so every click we save matters. The frontend team builds that app: the calendar, patient records, invoicing and the settings nobody likes but everybody needs.

You will build features end to end in React and TypeScript, from the first sketch with our designer to accessible, well-tested components in production. We use Vite, React Query, Tailwind CSS and Playwright, and we measure what we ship.

You have two or more years of professional React experience, a good eye for detail and a habit of checking your work with a keyboard and a screen reader. Experience with design systems or data-heavy tables is a plus.

The team is fully remote across Europe and meets in Berlin twice a year.$$,
  '[
    {"name": "React", "weight": 5, "required": true, "aliases": ["React.js", "ReactJS"]},
    {"name": "TypeScript", "weight": 5, "required": true, "aliases": ["TS"]},
    {"name": "JavaScript", "weight": 3, "required": false, "aliases": ["JS", "ECMAScript"]},
    {"name": "CSS", "weight": 3, "required": false, "aliases": ["CSS3", "Sass", "SCSS"]},
    {"name": "Tailwind CSS", "weight": 2, "required": false, "aliases": ["Tailwind"]},
    {"name": "Accessibility", "weight": 3, "required": false, "aliases": ["a11y", "WCAG"]},
    {"name": "Playwright", "weight": 2, "required": false, "aliases": ["Cypress"]},
    {"name": "Vite", "weight": 1, "required": false, "aliases": []}
  ]'
),
(
  'ac000000-0000-4000-9000-000000000003', 'ac000000-0000-4000-8000-000000000000', 'data-engineer',
  'Data Engineer', 'Berlin, Germany', 'full_time', 'closed', now() - interval '60 days', now() - interval '58 days',
  $$Acme's customers run their clinics on the numbers we give them: utilisation, no-show rates, revenue per practitioner. The data team turns billions of calendar events into those numbers every night.

You will own our pipelines from the PostgreSQL replicas into the warehouse, model the data with dbt, and keep the nightly jobs fast, observable and correct. You will work closely with the backend team on event schemas and with customers' analysts on what the numbers mean.

We expect solid SQL, production Python and experience with a workflow scheduler such as Airflow. Spark or another distributed engine is welcome but not required.

This position has been filled; thank you to everyone who applied.$$,
  '[
    {"name": "SQL", "weight": 5, "required": true, "aliases": []},
    {"name": "Python", "weight": 5, "required": true, "aliases": ["Python3"]},
    {"name": "PostgreSQL", "weight": 3, "required": false, "aliases": ["Postgres"]},
    {"name": "Apache Airflow", "weight": 3, "required": false, "aliases": ["Airflow"]},
    {"name": "dbt", "weight": 3, "required": false, "aliases": ["data build tool"]},
    {"name": "Apache Spark", "weight": 2, "required": false, "aliases": ["Spark", "PySpark"]}
  ]'
),
(
  'ac000000-0000-4000-9000-000000000004', 'ac000000-0000-4000-8000-000000000000', 'product-designer',
  'Product Designer', 'Berlin, Germany (hybrid)', 'part_time', 'draft', now() - interval '2 days', null,
  $$We are looking for a product designer to join Acme three days a week and shape how clinic staff plan their days.

You will run interviews with receptionists and practitioners, turn what you learn into flows and prototypes in Figma, and work with engineers until the details are right in production. You will also look after our small design system.

You have a portfolio that shows how you got to a design, not only the result, and you are comfortable testing your ideas with real users early.

Draft: salary band and start date still to be agreed with finance.$$,
  '[
    {"name": "Figma", "weight": 5, "required": true, "aliases": []},
    {"name": "User research", "weight": 4, "required": true, "aliases": ["user interviews", "usability testing"]},
    {"name": "Prototyping", "weight": 3, "required": false, "aliases": ["prototypes"]},
    {"name": "Design systems", "weight": 3, "required": false, "aliases": ["design system", "component library"]},
    {"name": "Accessibility", "weight": 2, "required": false, "aliases": ["a11y", "WCAG"]}
  ]'
),
(
  '9b000000-0000-4000-9000-000000000001', '9b000000-0000-4000-8000-000000000000', 'site-reliability-engineer',
  'Site Reliability Engineer', 'Amsterdam, Netherlands or remote', 'full_time', 'open', now() - interval '5 days', now() - interval '4 days',
  $$Globex runs the logistics network behind next-day delivery for 900 online shops. When our platform is slow, parcels stay in the warehouse, so reliability is a product feature here.

As an SRE you will run our Kubernetes clusters on AWS, define service level objectives with the teams that own each service, and make incidents rarer and shorter: better alerts, better runbooks, fewer manual steps. Everything is infrastructure as code with Terraform; most of our tooling is written in Go.

You have operated production systems at scale, are at home on Linux, and can read Go or Python well enough to fix what you find. You take part in an on-call rotation of eight people, with a week on every two months and time off after a busy night.

Relocation support to Amsterdam is available.$$,
  '[
    {"name": "Kubernetes", "weight": 5, "required": true, "aliases": ["K8s", "k8s"]},
    {"name": "Terraform", "weight": 4, "required": true, "aliases": ["HCL", "OpenTofu"]},
    {"name": "Go", "weight": 4, "required": false, "aliases": ["Golang"]},
    {"name": "AWS", "weight": 4, "required": false, "aliases": ["Amazon Web Services"]},
    {"name": "Prometheus", "weight": 3, "required": false, "aliases": ["Grafana", "PromQL"]},
    {"name": "Linux", "weight": 3, "required": false, "aliases": ["GNU/Linux"]},
    {"name": "Python", "weight": 2, "required": false, "aliases": ["Python3"]},
    {"name": "Incident response", "weight": 2, "required": false, "aliases": ["on-call", "postmortems"]},
    {"name": "Docker", "weight": 2, "required": false, "aliases": ["containers"]}
  ]'
)
on conflict do nothing;

-- Screening questions on the frontend job: a knockout (needs sponsorship = yes), a choice, a number and free text.
update public.jobs set questions = '[
  {"id": "sponsorship", "type": "yes_no", "label": "Will you need visa sponsorship to work in the EU?", "help": "We cannot sponsor visas for this role.", "required": false, "choices": [], "min": null, "max": null, "knockout": [true]},
  {"id": "working-mode", "type": "single_choice", "label": "Which way of working suits you best?", "help": "", "required": false, "choices": ["Remote", "Hybrid", "In the office"], "min": null, "max": null, "knockout": []},
  {"id": "react-years", "type": "number", "label": "How many years have you worked with React?", "help": "Whole years; 0 is fine.", "required": false, "choices": [], "min": 0, "max": 50, "knockout": []},
  {"id": "anything-else", "type": "long_text", "label": "Anything else you would like us to know?", "help": "", "required": false, "choices": [], "min": null, "max": null, "knockout": []}
]'
where id = 'ac000000-0000-4000-9000-000000000002' and questions = '[]';

-- What the public job pages publish as Google JobPosting data: salary range, remote policy, country, department.
update public.jobs set department = 'Engineering', remote_policy = 'hybrid', country_code = 'DE',
  salary_min = 65000, salary_max = 80000, salary_currency = 'EUR', salary_period = 'year', valid_through = now() + interval '50 days'
where id = 'ac000000-0000-4000-9000-000000000001';
update public.jobs set department = 'Engineering', remote_policy = 'remote', country_code = 'DE',
  salary_min = 60000, salary_max = 75000, salary_currency = 'EUR', salary_period = 'year'
where id = 'ac000000-0000-4000-9000-000000000002';
update public.jobs set department = 'Data', country_code = 'DE' where id = 'ac000000-0000-4000-9000-000000000003';
update public.jobs set department = 'Design', remote_policy = 'hybrid', country_code = 'DE' where id = 'ac000000-0000-4000-9000-000000000004';
update public.jobs set department = 'Platform', remote_policy = 'hybrid', country_code = 'NL',
  salary_min = 70, salary_max = 90, salary_currency = 'EUR', salary_period = 'hour'
where id = '9b000000-0000-4000-9000-000000000001';

-- An interview kit for the backend job, so scorecards can be tried at once.
insert into public.interview_kits (job_id, criteria) values
  ('ac000000-0000-4000-9000-000000000001', '[{"id": "system-design", "name": "System design", "guidance": "Trade-offs, failure modes, data flow"}, {"id": "coding", "name": "Coding"}, {"id": "communication", "name": "Communication"}]');
