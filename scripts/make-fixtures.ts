// Real resume PDFs for tests, benchmarks and e2e: layouts (one/two columns, tables), text quirks (ligatures,
// hyphenation, ALL-CAPS), tricky tech names, real-world layouts, a scan OCR can read, and broken files (a blurred scan,
// encrypted, truncated, PNG renamed).
// Usage: tsx scripts/make-fixtures.ts [dir]   (default tests/fixtures/out, git-ignored)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { encryptedPdf } from '../tests/fixtures/lib/encrypted-pdf.ts';
import { textImagePng } from '../tests/fixtures/lib/png.ts';
import { realWorldFixtures } from '../tests/fixtures/lib/real-world-layouts.ts';
import { scannedResumePdf } from '../tests/fixtures/lib/scanned-resume.ts';
import { PAGE, ResumeWriter } from '../tests/fixtures/lib/resume-writer.ts';

export type ResumeSpec = { name: string; email: string; phone: string; skillsText: string; pages: number; bytesTarget?: number };

const EXPERIENCE_BULLETS = [
  'Designed and operated event-driven services handling 40k requests per second with p99 latency under 80 ms.',
  'Led the migration of a monolith into independently deployable services, cutting release time from days to minutes.',
  'Introduced contract tests and canary releases; incidents caused by deployments fell by two thirds in a year.',
  'Mentored four engineers and ran the weekly architecture review for the platform group.',
];

/** A realistic resume of `pages` pages (≥ 1), optionally padded to about `bytesTarget` bytes with a valid unused image. */
export async function makeResumePdf(spec: ResumeSpec): Promise<Uint8Array> {
  const build = async (padding: number) => {
    const w = await ResumeWriter.create(`${spec.name} — Resume`);
    w.line(spec.name, { size: 22, bold: true, leading: 28 });
    w.line(`${spec.email}  |  ${spec.phone}  |  linkedin.com/in/${slug(spec.name)}`, { size: 10 });
    w.heading('SUMMARY');
    w.paragraph('Software engineer who likes boring technology, clear contracts between teams and measurable results.');
    w.heading('SKILLS');
    w.paragraph(spec.skillsText);
    w.heading('EXPERIENCE');
    for (let p = 1; p <= Math.max(1, spec.pages); p++) {
      if (p > 1) w.newPage();
      const year = 2024 - 3 * p;
      for (let job = 0; job < 3; job++) {
        w.split(`Senior Engineer, Company ${p}-${job + 1}`, `Jan ${year - job} – Dec ${year - job + 1}`, { bold: true });
        for (const b of EXPERIENCE_BULLETS) w.bullet(b);
        w.gap();
      }
    }
    w.pad(padding);
    return w.save();
  };
  const plain = await build(0);
  if (!spec.bytesTarget || spec.bytesTarget <= plain.length) return plain;
  // The padding object has a fixed overhead; one measured pass gets within a few bytes of the target.
  const probe = await build(spec.bytesTarget - plain.length);
  return build(spec.bytesTarget - plain.length - (probe.length - spec.bytesTarget));
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

async function oneColumn(): Promise<Uint8Array> {
  const w = await ResumeWriter.create('Jane Doe — Resume');
  w.line('Jane Doe', { size: 22, bold: true, leading: 26 });
  w.line('Senior Backend Engineer', { size: 12, leading: 18 });
  w.line('jane.doe@example.com  |  +1 (555) 010-4477  |  linkedin.com/in/janedoe  |  github.com/janedoe  |  janedoe.dev', { size: 9.5 });
  w.heading('Summary');
  w.paragraph(
    'Backend engineer with ten years of building payment and logistics platforms in Python and TypeScript. Happiest owning a service end to end, from the schema to the pager.',
  );
  w.heading('Experience');
  w.split('Senior Backend Engineer, Acme Corp', 'Jan 2021 – Present', { bold: true });
  w.bullet('Built the settlement service in Python and PostgreSQL; reconciles 2M payments a day.');
  w.bullet('Moved batch jobs to an event stream on Kafka, with exactly-once delivery to the ledger.');
  w.gap();
  w.split('Backend Engineer, Globex', 'Mar 2017 – Dec 2020', { bold: true });
  w.bullet('Wrote the routing API in TypeScript on Node.js; cut p95 latency from 420 ms to 90 ms.');
  w.bullet('Ran the on-call rotation and wrote the incident review template the company still uses.');
  w.gap();
  w.split('Junior Developer, Initech', '2015 – 2017', { bold: true });
  w.bullet('Maintained internal reporting tools and automated the monthly billing export.');
  w.heading('Education');
  w.split('BSc Computer Science, State University', '2011 – 2015', { bold: true });
  w.newPage();
  w.heading('Projects');
  w.bullet('Open-source rate limiter used by a few hundred projects; written in Go with a Redis backend.');
  w.bullet('Operated our Kubernetes clusters with Terraform and Helm for three years.');
  w.heading('Skills');
  w.paragraph('Python, TypeScript, Go, PostgreSQL, Kafka, Kubernetes, Terraform, Docker, AWS');
  return w.save();
}

async function twoColumn(): Promise<Uint8Array> {
  const w = await ResumeWriter.create('Alex Kim — Resume');
  w.line('Alex Kim', { size: 24, bold: true, leading: 28 });
  w.line('Mobile and web engineer', { size: 12, leading: 26 });
  const top = w.y;
  const side = { x: PAGE.margin, width: 150, size: 10, leading: 14 };
  w.line('CONTACT', { ...side, bold: true, leading: 16 });
  for (const l of ['alex.kim@example.org', '+44 20 7946 0958', 'github.com/alexkim', 'alexkim.design']) w.line(l, side);
  w.gap(10);
  w.line('SKILLS', { ...side, bold: true, leading: 16 });
  for (const l of ['TypeScript', 'Go', 'Kubernetes', 'PostgreSQL', 'Figma']) w.line(l, side);
  w.gap(10);
  w.line('LANGUAGES', { ...side, bold: true, leading: 16 });
  for (const l of ['English', 'Korean']) w.line(l, side);
  w.y = top;
  const main = { x: 230, width: PAGE.width - PAGE.margin - 230, size: 10.5, leading: 13.5 };
  w.line('EXPERIENCE', { ...main, bold: true, leading: 17 });
  w.line('Lead Mobile Engineer, Northwind  ·  2020 – Present', { ...main, bold: true });
  w.line('Shipped the customer app to two million users in React', main);
  w.line('Native with a shared design system and offline-first sync,', main);
  w.line('and rebuilt the release pipeline so a fix reaches stores in', main);
  w.line('under a day.', main);
  w.gap(8);
  w.line('Software Engineer, Contoso  ·  2016 – 2020', { ...main, bold: true });
  w.paragraph(
    'Built internal dashboards and the public status page; introduced end-to-end tests that caught regressions before customers did.',
    main,
  );
  w.gap(8);
  w.line('EDUCATION', { ...main, bold: true, leading: 17 });
  w.line('BEng Software Engineering, 2012 – 2016', main);
  return w.save();
}

async function skillsTable(): Promise<Uint8Array> {
  const w = await ResumeWriter.create('Priya Natarajan — Resume');
  w.line('Priya Natarajan', { size: 20, bold: true, leading: 26 });
  w.line('priya.n@example.net  ·  +91 98765 43210', { size: 10, leading: 22 });
  w.heading('Technical Skills');
  const columns = [PAGE.margin, 230, 360];
  const rows = [
    ['Skill', 'Years', 'Level'],
    ['Python', '6 years', 'Expert'],
    ['Go', '4 years', 'Advanced'],
    ['PostgreSQL', '5 years', 'Advanced'],
    ['Terraform', '2 years', 'Intermediate'],
    ['Docker', '5 years', 'Advanced'],
  ];
  for (const [i, row] of rows.entries()) {
    row.forEach((cell, c) => w.page.drawText(cell, { x: columns[c], y: w.y, size: 10.5, font: i === 0 ? w.bold : w.regular }));
    w.y -= 15;
  }
  w.heading('Experience');
  w.split('Data Engineer, Fabrikam', 'Jun 2019 – Present', { bold: true });
  w.bullet('Own the ingestion platform: 300 pipelines, one on-call rotation, no heroics.');
  return w.save();
}

async function ligatures(): Promise<Uint8Array> {
  const w = await ResumeWriter.create('Sofia Fischer — Resume');
  w.line('Sofia Fischer', { size: 20, bold: true, leading: 26 });
  w.line('so\uFB01a.\uFB01scher@example.com', { size: 10, leading: 22 });
  w.heading('Pro\uFB01le');
  w.paragraph('Designer-developer pro\uFB01cient in \uFB02utter and Figma; builds e\uFB03cient work\uFB02ows for small o\uFB03ces.');
  w.paragraph('Certi\uFB01ed in Microsoft O\uFB03ce and \uFB01nancial modelling.');
  return w.save();
}

async function hyphenated(): Promise<Uint8Array> {
  const w = await ResumeWriter.create('Tom Becker — Resume');
  w.line('Tom Becker', { size: 20, bold: true, leading: 26 });
  w.line('tom.becker@example.com', { size: 10, leading: 22 });
  w.heading('Experience');
  w.line('Site reliability engineer for the payments platform: operated Kuber-');
  w.line('netes clusters across three regions and tuned Post-');
  w.line('greSQL queries until the nightly batch fit in its window; also speaks');
  w.line('about observability at meetups.');
  return w.save();
}

async function allCaps(): Promise<Uint8Array> {
  const w = await ResumeWriter.create('JOHN SMITH — RESUME');
  w.line('JOHN SMITH', { size: 22, bold: true, leading: 28 });
  w.line('john.smith@example.com  ·  (555) 123-9876', { size: 10, leading: 20 });
  w.heading('WORK EXPERIENCE');
  w.split('Platform Engineer, Umbrella', 'Sept 2018 – Present', { bold: true });
  w.bullet('Runs the CI fleet and the internal package registry.');
  w.heading('EDUCATION');
  w.line('MSc Distributed Systems, 2016 – 2018');
  w.heading('TECHNICAL SKILLS');
  w.line('Linux, Ansible, Bash, Prometheus');
  w.heading('P R O J E C T S');
  w.line('A tiny init system for containers.');
  return w.save();
}

async function simple(title: string, lines: string[]): Promise<Uint8Array> {
  const w = await ResumeWriter.create(`${title} — Resume`);
  w.line(title, { size: 20, bold: true, leading: 26 });
  for (const l of lines) w.paragraph(l);
  return w.save();
}

const trickyNames = () =>
  simple('Chris Park', [
    'chris.park@example.com',
    'Languages: C++, C#, Python, R, SQL',
    'Ten years of .NET (ASP.NET Core) services and a NodeJS gateway; newer services in Node.js and Golang.',
    'Wrote the ingestion workers in Go and the dashboards in React.',
    'Statistical modelling in R and R programming for the research group.',
    'Mobile apps in React Native.',
  ]);
const javascriptOnly = () =>
  simple('Dana Lee', [
    'dana.lee@example.com',
    'Frontend engineer: JavaScript, TypeScript, React and Node.js.',
    'Rewrote the JavaScript bundle pipeline; JavaScript-heavy apps are my thing.',
  ]);
const goVerb = () =>
  simple('Sam Rivera', [
    'sam.rivera@example.com',
    'Always ready to go the extra mile for customers. My go-to stack is Python and Django.',
    'Go-getter who likes to get things done. Let\u2019s Go!',
    'Moved reporting to Google BigQuery, good to go for audits.',
  ]);
const rAndD = () =>
  simple('Maria Lopez', [
    'maria.lopez@example.com',
    'Led the R&D team for six years, reporting to the CTO.',
    'References available from Prof. John R. Smith on request.',
    'Skills: Python, SQL, Excel',
  ]);
const reactNativeOnly = () => simple('Lee Wong', ['lee.wong@example.com', 'Built three apps with React Native and Expo, TypeScript throughout.']);

async function twentyPages(): Promise<Uint8Array> {
  const w = await ResumeWriter.create('Olga Petrova — Resume');
  w.line('Olga Petrova', { size: 20, bold: true, leading: 26 });
  w.line('olga.petrova@example.com', { size: 10, leading: 22 });
  for (let p = 1; p <= 20; p++) {
    if (p > 1) w.newPage();
    w.heading(`Project ${p}`);
    w.paragraph(
      p === 17
        ? 'Migrated the search cluster to Elasticsearch 8 with zero downtime.'
        : 'Maintained internal tools and reviewed pull requests for the platform team.',
    );
    for (let i = 0; i < 20; i++) w.paragraph(`Week ${i + 1}: planning, delivery and a short written update for the stakeholders of project ${p}.`);
  }
  return w.save();
}

const SCAN_LINES = ['JANE DOE', 'SENIOR ENGINEER', 'PYTHON GO SQL', 'EXPERIENCE', 'ACME CORP'];

/** One page that is only an image of text, as a scanner makes it: no text layer. */
export /** A blurred phone photo of a page: no text layer, and too smeared for OCR, so a person has to look at it. */
async function scan(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(textImagePng(SCAN_LINES, 4, 3));
  const page = doc.addPage([PAGE.width, PAGE.height]);
  page.drawImage(image, { x: 40, y: PAGE.height - 40 - image.height * 0.5, width: image.width * 0.5, height: image.height * 0.5 });
  return doc.save();
}

/** Every fixture by name, as bytes. */
export async function fixtureBytes(): Promise<Record<string, Uint8Array>> {
  const one = await oneColumn();
  return {
    'one-column.pdf': one,
    'two-column.pdf': await twoColumn(),
    'skills-table.pdf': await skillsTable(),
    'ligatures.pdf': await ligatures(),
    'hyphenated.pdf': await hyphenated(),
    'all-caps.pdf': await allCaps(),
    'tricky-names.pdf': await trickyNames(),
    'javascript-only.pdf': await javascriptOnly(),
    'go-verb.pdf': await goVerb(),
    'r-and-d.pdf': await rAndD(),
    'react-native-only.pdf': await reactNativeOnly(),
    'twenty-pages.pdf': await twentyPages(),
    'two-pages.pdf': await makeResumePdf({
      name: 'Bench Candidate',
      email: 'bench@example.test',
      phone: '+1 555 0100',
      skillsText: 'TypeScript, PostgreSQL, Node.js',
      pages: 2,
    }),
    'scan.pdf': await scan(),
    'scanned-resume.pdf': await scannedResumePdf(),
    'encrypted.pdf': encryptedPdf(['Jane Doe', 'Confidential resume: Python, Go, PostgreSQL'], 'open-sesame', 'owner-secret'),
    'truncated.pdf': one.slice(0, Math.floor(one.length * 0.6)),
    'png-renamed.pdf': textImagePng(['NOT A PDF']),
    ...(await realWorldFixtures()),
  };
}

/** Writes every fixture into `dir`; returns name → absolute path. */
export async function makeFixtures(dir: string): Promise<Record<string, string>> {
  await mkdir(dir, { recursive: true });
  const files: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(await fixtureBytes())) {
    files[name] = path.resolve(dir, name);
    await writeFile(files[name], bytes);
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await makeFixtures(process.argv[2] ?? path.join(import.meta.dirname, '../tests/fixtures/out'));
  for (const file of Object.values(files)) console.log(file);
}
