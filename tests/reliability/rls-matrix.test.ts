// Runs every cell of the RLS matrix (tests/reliability/rls-matrix.ts) through the API as its actor and prints
// the matrix back with what happened: Postgres decides each one, the table is what DESIGN.md says it must decide.
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, JOBS, USERS } from '../app/db/seed.ts';
import { textPdf } from '../support/pdf.ts';
import { anonClient, serviceClient, signedInClient, sql } from '../support/clients.ts';
import { ACTORS, MATRIX, printMatrix, type Actor, type Cell } from './rls-matrix.ts';
import { granted } from './support/catalogue.ts';
import { CELLS, type World } from './support/rls-cells/index.ts';
import { tally } from './support/tally.ts';

const figures = tally('rls-matrix');
figures.cells = MATRIX.length * ACTORS.length;

const USER_OF: Partial<Record<Actor, { userId: string; email: string; password: string }>> = {
  'viewer A': USERS.acmeViewer,
  'recruiter A': USERS.acmeRecruiter,
  'owner A': USERS.acmeOwner,
  'recruiter B': USERS.globexRecruiter,
};

const clients = {} as Record<Actor, SupabaseClient>;
let world: World;
/** Job visits as they were before (other suites expect the seeded logins' visits untouched): put back afterwards. */
let visitsBefore: { user_id: string; job_id: string; visited_at: string }[] = [];
const results = new Map<string, boolean>();
const key = (cell: Cell, actor: Actor) => `${cell.target} · ${cell.operation} · ${actor}`;

beforeAll(async () => {
  visitsBefore = await sql('select user_id, job_id, visited_at from public.job_visits');
  const path = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
  const { error } = await serviceClient().storage.from('resumes').upload(path, textPdf('Matrix resume'), { contentType: 'application/pdf' });
  expect(error).toBeNull();
  await sql(
    `insert into public.upload_grants (path, job_id, client_key_hash, expires_at, used_at) values ($1, $2, 'rls-matrix', now() + interval '1 hour', now())`,
    [path, JOBS.backend.id],
  );
  const appId = randomUUID();
  await sql(
    `insert into public.applications (id, job_id, full_name, email, resume_path, resume_size) values ($1, $2, 'Matrix Applicant', 'applicant@example.test', $3, 1234)`,
    [appId, JOBS.backend.id, path],
  );
  const [event] = await sql<{ id: number }>('select id from public.stage_events where application_id = $1', [appId]);
  const [note] = await sql<{ id: string }>(
    `insert into public.notes (application_id, author, body) values ($1, $2, 'Seen by the matrix') returning id`,
    [appId, USERS.acmeRecruiter.userId],
  );
  await sql('insert into public.job_visits (user_id, job_id) values ($1, $2) on conflict do nothing', [USERS.acmeRecruiter.userId, JOBS.backend.id]);
  const [download] = await sql<{ id: number }>(`insert into public.resume_downloads (org_id, path, bytes) values ($1, $2, 1234) returning id`, [
    ACME,
    path,
  ]);
  const candidate = await granted();
  world = { appId, path, noteId: note.id, eventId: event.id, downloadId: download.id, candidatePath: candidate.grant.path };

  clients.anon = anonClient();
  clients.candidate = anonClient();
  clients.service = serviceClient();
  for (const [actor, user] of Object.entries(USER_OF)) clients[actor as Actor] = await signedInClient(user.email, user.password);
});

afterAll(async () => {
  console.log(
    `\nRLS matrix (Y allowed, - refused, ! differs from the expectation)\n${printMatrix((cell, actor) => results.get(key(cell, actor)))}\n`,
  );
  await sql('delete from public.job_visits');
  for (const v of visitsBefore)
    await sql('insert into public.job_visits (user_id, job_id, visited_at) values ($1, $2, $3)', [v.user_id, v.job_id, v.visited_at]);
  if (!world) return;
  await sql('delete from public.resume_downloads where path = $1', [world.path]);
  await sql('delete from public.applications where id = $1', [world.appId]);
  await sql('delete from public.upload_grants where path = $1', [world.path]);
  await serviceClient().storage.from('resumes').remove([world.path]);
});

describe('RLS matrix through the API', () => {
  it('has a way to try every row of the table, and nothing else', () => {
    expect(Object.keys(CELLS).sort()).toEqual(MATRIX.map((c) => `${c.target} · ${c.operation}`).sort());
  });

  const cells = MATRIX.flatMap((cell) => ACTORS.map((actor) => [key(cell, actor), cell, actor] as const));
  it.each(cells)('%s', async (name, cell, actor) => {
    const allowed = await CELLS[`${cell.target} · ${cell.operation}`]({
      actor,
      client: clients[actor],
      userId: USER_OF[actor]?.userId ?? null,
      world,
    });
    results.set(name, allowed);
    expect(allowed ? 'allowed' : 'refused').toBe(cell.expected[actor] ? 'allowed' : 'refused');
  });
});
