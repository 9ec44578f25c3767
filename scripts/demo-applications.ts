// Demo applicants for `npm run dev`: generated resumes (scripts/make-fixtures.ts, made-up people) uploaded through the
// Storage API and inserted through the REST API with the service role, then spread over the pipeline so the board and
// /dashboard/analytics show a funnel. The local scheduler scores them in the background. Once per data folder.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import WebSocket from 'ws';
import { makeResumePdf } from './make-fixtures.ts';
import type { RunningStack } from '../stack/stack.ts';

const RECRUITER = 'ac000000-0000-4000-8000-000000000002';
// Each job with the resume skills that fit it best and well; those who got further fit better.
const JOBS = [
  { id: 'ac000000-0000-4000-9000-000000000001', slug: 'backend-developer', best: 0, good: 3 },
  { id: 'ac000000-0000-4000-9000-000000000002', slug: 'frontend-developer', best: 1, good: 4 },
];
const FIRST = [
  'Ada',
  'Bruno',
  'Chiara',
  'Dario',
  'Elif',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kaori',
  'Luca',
  'Mira',
  'Nils',
  'Oona',
  'Pavel',
];
const LAST = ['Quillfeather', 'Ravensdale', 'Stormbridge', 'Thornwick', 'Underhill', 'Valebrook', 'Westmarch', 'Yarrowby'];
const SKILLS = [
  'TypeScript, Node.js, PostgreSQL, Docker, REST APIs, Kubernetes',
  'TypeScript, React, Node.js, GraphQL, CSS, accessibility',
  'Java, Spring, MySQL, Jenkins',
  'Python, Django, PostgreSQL, Redis, Docker',
  'React, TypeScript, Vite, Playwright, Tailwind CSS',
  'Go, gRPC, PostgreSQL, Terraform, AWS',
  'PHP, Laravel, jQuery',
  'Node.js, Express, MongoDB, REST APIs',
];
// How far each applicant got, and the reasons the rejected ones were given; the counts make a funnel.
const PATHS: string[][] = [
  ...Array(9).fill(['applied']),
  ...Array(6).fill(['applied', 'screening']),
  ...Array(4).fill(['applied', 'screening', 'interview']),
  ...Array(2).fill(['applied', 'screening', 'interview', 'offer']),
  ['applied', 'screening', 'interview', 'offer', 'hired'],
  ...Array(5).fill(['applied', 'rejected']),
  ...Array(3).fill(['applied', 'screening', 'rejected']),
];
const SOURCES = ['linkedin', 'company-site', 'referral', 'job-board', null];

export const demoMarker = (dataDir: string) => path.join(dataDir, 'demo-applications.done');

/** Adds the demo applicants unless this data folder has them already; returns how many were added. */
export async function addDemoApplications(stack: RunningStack, log: (line: string) => void): Promise<number> {
  const marker = demoMarker(stack.config.dataDir);
  if (fs.existsSync(marker)) return 0;
  const admin = createClient(stack.apiUrl, stack.serviceRoleKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    // Node 20 has no WebSocket of its own; supabase-js wants one for realtime even when unused.
    realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
  });
  const db = new pg.Client({ connectionString: stack.dbUrl });
  await db.connect();
  try {
    const { rows: reasons } = await db.query<{ id: string }>(
      `select r.id from public.rejection_reasons r join public.jobs j on j.org_id = r.org_id where j.id = $1 and not r.archived order by r.position limit 3`,
      [JOBS[0].id],
    );
    let added = 0;
    for (const [i, stages] of PATHS.entries()) {
      const job = JOBS[i % JOBS.length];
      const fullName = `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`;
      const email = `${fullName.toLowerCase().replace(/\s+/g, '.')}@example.test`;
      const pdf = await makeResumePdf({
        name: fullName,
        email,
        phone: `+49 30 555 ${String(1000 + i)}`,
        skillsText: SKILLS[stages.length >= 4 ? job.best : stages.length === 3 ? job.good : i % SKILLS.length],
        pages: 1 + (i % 2),
      });
      const resumePath = `${job.slug}/${randomUUID()}.pdf`;
      const upload = await admin.storage.from('resumes').upload(resumePath, pdf, { contentType: 'application/pdf' });
      if (upload.error) throw new Error(`uploading a demo resume: ${upload.error.message}`);
      const id = randomUUID();
      const insert = await admin.from('applications').insert({
        id,
        job_id: job.id,
        full_name: fullName,
        email,
        resume_path: resumePath,
        resume_size: pdf.byteLength,
        source: SOURCES[i % SOURCES.length],
      });
      if (insert.error) throw new Error(`inserting a demo application: ${insert.error.message}`);
      for (const stage of stages.slice(1)) {
        const moved =
          stage === 'rejected'
            ? await admin.rpc('reject_applications', { application_ids: [id], reason_id: reasons[i % reasons.length].id, send_email: false })
            : await admin.from('applications').update({ stage }).eq('id', id);
        if (moved.error) throw new Error(`moving a demo application to ${stage}: ${moved.error.message}`);
      }
      // Spread the dates over the last five weeks, each move a few days after the one before, made by the recruiter.
      const appliedDaysAgo = 3 + ((i * 7) % 32);
      await db.query(`update public.applications set created_at = now() - make_interval(days => $2) where id = $1`, [id, appliedDaysAgo]);
      await db.query(
        `with ordered as (select id, row_number() over (order by at, id) - 1 as n from public.stage_events where application_id = $1)
         update public.stage_events e
            set at = now() - make_interval(days => $2) + make_interval(days => least(o.n::int * (1 + $3::int % 4), $2 - 1)),
                actor = case when o.n = 0 then null else $4::uuid end
           from ordered o where o.id = e.id`,
        [id, appliedDaysAgo, i, RECRUITER],
      );
      added += 1;
    }
    fs.writeFileSync(marker, `${new Date().toISOString()} ${added} demo applications\n`);
    log(`demo data: ${added} applicants added to Acme's Backend and Frontend jobs (scored in the background)`);
    return added;
  } finally {
    await db.end();
  }
}
