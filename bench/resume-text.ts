// The bench seed's resume text: two pages per scored application, as scoring keeps them (resume_pages) with the
// whole-resume search document (resume_documents), from a skill spread shaped like a real applicant pool.
import type pg from 'pg';

// Skills with their weight in the pool: a few everyone lists (JavaScript, Python: about one resume in five), a long
// tail of niche ones (React Native, Rust: about one in thirty). Each resume draws nine (six listed on page 1, three
// in its experience on page 2), so "react native" -java matches about 3 % of resumes — the selectivity of a real
// search, not of a word every resume holds (the first seed's 42 equally likely skills put each in one resume in five).
const SKILL_WEIGHTS: [weight: number, skills: string[]][] = [
  [8, ['JavaScript', 'Python', 'SQL', 'Git']],
  [6, ['TypeScript', 'Java', 'React', 'AWS', 'Docker', 'Linux']],
  [4, ['Node.js', 'PostgreSQL', 'C#', 'REST APIs', 'HTML', 'CSS']],
  [3, ['Kubernetes', 'Go', 'Azure', 'Spring Boot', 'Django', 'Angular', 'Redis', 'GraphQL', 'MySQL', 'Agile']],
  [
    2,
    ['Vue', 'Kotlin', 'Swift', 'Terraform', 'Kafka', 'Google Cloud', 'PHP', 'Ruby on Rails', 'C++', 'MongoDB', 'Jenkins'].concat([
      'CI/CD',
      'Scala',
      'Spark',
      'Airflow',
      'Flask',
      '.NET',
      'Tailwind CSS',
      'Figma',
      'Playwright',
      'Cypress',
      'Jest',
    ]),
  ],
  [
    1,
    ['React Native', 'Flutter', 'Rust', 'Elixir', 'Svelte', 'dbt', 'Snowflake', 'Accessibility', 'Haskell', 'Clojure']
      .concat(['Erlang', 'OCaml', 'F#', 'Julia', 'R', 'MATLAB', 'Fortran', 'COBOL', 'Perl', 'Lua', 'Dart', 'Objective-C'])
      .concat(['Unity', 'Unreal Engine', 'WebAssembly', 'WebGL', 'Three.js', 'D3.js', 'Elasticsearch', 'Cassandra'])
      .concat(['DynamoDB', 'BigQuery', 'Redshift', 'Looker', 'Tableau', 'Power BI', 'Pandas', 'NumPy', 'PyTorch'])
      .concat(['TensorFlow', 'scikit-learn', 'Kubeflow', 'MLflow', 'Ansible', 'Puppet', 'Chef', 'Helm', 'Istio'])
      .concat(['Prometheus', 'Grafana', 'Datadog', 'Sentry', 'RabbitMQ', 'NATS', 'gRPC', 'Protobuf', 'OAuth', 'Keycloak'])
      .concat(['Stripe', 'Shopify', 'Salesforce', 'SAP', 'Next.js', 'Nuxt', 'Remix', 'Gatsby', 'Storybook', 'Webpack'])
      .concat(['Vite', 'Electron', 'Ionic', 'Xamarin', 'Laravel', 'Symfony', 'Express', 'NestJS', 'FastAPI', 'Phoenix'])
      .concat(['Quarkus', 'Micronaut', 'Hibernate', 'Oracle', 'SQL Server', 'SQLite', 'Neo4j', 'Solidity', 'Bash'])
      .concat(['PowerShell', 'Nginx', 'Cloudflare', 'Vercel', 'Heroku', 'OpenStack', 'VMware']),
  ],
];
/** Each skill repeated by its weight, so a uniform draw from the list follows the pool's spread. */
const SKILL_DRAWS = SKILL_WEIGHTS.flatMap(([weight, skills]) => skills.flatMap((s) => Array<string>(weight).fill(s)));

const SENTENCES = [
  'Led a team of five engineers through a migration with no downtime and a written rollback plan.',
  'Cut the monthly cloud bill by a third by right-sizing services and deleting what nobody used.',
  'Wrote the on-call runbook and halved the time to resolve incidents over two quarters.',
  'Mentored junior developers and ran the weekly code review for the platform group.',
  'Built the checkout flow used by two million customers a month, with accessibility audits each release.',
  'Introduced contract tests between teams, so releases stopped breaking partner integrations.',
  'Designed the reporting pipeline that finance uses for the monthly close.',
  'Moved batch jobs to an event stream with exactly-once delivery to the ledger.',
];

/** Pages for every scored application of bench_apps, then the search documents; text indexes built after the load. */
export async function seedResumeText(db: pg.Client): Promise<void> {
  await db.query(`drop index if exists public.resume_pages_tsv_idx, public.resume_pages_job_idx`);
  await db.query(`drop index if exists public.resume_documents_tsv_idx, public.resume_documents_job_idx`);
  await db.query(
    `with words as (select $1::text[] as skills, $2::text[] as sentences)
     insert into public.resume_pages (application_id, job_id, page, text)
     select b.id, b.job_id, p.page,
       case p.page
         when 1 then format('Candidate %s. Software engineer with %s years of experience. Skills: %s. %s %s', b.i, 2 + b.i % 15,
           (select string_agg(w.skills[1 + (hashint4(b.i * 7 + k) & 1048575) % cardinality(w.skills)], ', ') from generate_series(1, 6) k),
           w.sentences[1 + b.i % 8], w.sentences[1 + (b.i / 8) % 8])
         else format('Experience. Senior Engineer at Company %s, worked with %s. %s %s Earlier: %s and %s. %s', b.i % 500,
           w.skills[1 + (hashint4(b.i * 7 + 11) & 1048575) % cardinality(w.skills)], w.sentences[1 + (b.i / 3) % 8],
           w.sentences[1 + (b.i / 5) % 8], w.skills[1 + (hashint4(b.i * 7 + 12) & 1048575) % cardinality(w.skills)],
           w.skills[1 + (hashint4(b.i * 7 + 13) & 1048575) % cardinality(w.skills)], w.sentences[1 + (b.i / 7) % 8])
       end
     from bench_apps b, words w, generate_series(1, 2) p(page)
     where b.i % 20 <> 7`,
    [SKILL_DRAWS, SENTENCES],
  );
  // What public.resume_document_tsv computes for one application, set-based for the load.
  await db.query(
    `insert into public.resume_documents (application_id, job_id, tsv)
     select application_id, job_id, to_tsvector('english', left(string_agg(text, E'\\n' order by page), 1000000))
     from public.resume_pages where application_id in (select id from bench_apps) group by application_id, job_id`,
  );
  await db.query(`create index resume_pages_tsv_idx on public.resume_pages using gin (tsv)`);
  await db.query(`create index resume_pages_job_idx on public.resume_pages (job_id)`);
  await db.query(`create index resume_documents_tsv_idx on public.resume_documents using gin (tsv)`);
  await db.query(`create index resume_documents_job_idx on public.resume_documents (job_id)`);
}
