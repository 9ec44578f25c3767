// Note edits and deletes that do not fit: an empty or over-long wording, an id that is no uuid, someone else's note,
// a note that does not exist. Each answers 4xx and leaves the note and its history as they were.
import { USERS } from '../../app/db/seed.ts';
import { sql } from '../../support/clients.ts';
import { applicationBody, granted, insertAs, send, type Case, type Given } from '../support/catalogue.ts';
import { accessToken } from '../support/tokens.ts';

/** An application with one note by Acme's recruiter. */
const notedApplication = async (): Promise<Given> => {
  const g = await granted();
  const res = await insertAs(applicationBody(g));
  if (res.status !== 201) throw new Error(`the application insert answered ${res.status}: ${res.text}`);
  await sql(`insert into public.notes (application_id, author, body) values ($1, $2, 'The wording to keep')`, [
    g.candidate.id,
    USERS.acmeRecruiter.userId,
  ]);
  return g;
};
const noteOf = async (g: Given) => (await sql<{ id: string }>('select id from public.notes where application_id = $1', [g.candidate.id]))[0].id;

const rpc = async (name: string, body: unknown, who: { email: string; password: string } = USERS.acmeRecruiter) =>
  send(`/rest/v1/rpc/${name}`, { method: 'POST', token: await accessToken(who), body });

export const noteCases: Case[] = [
  {
    name: 'edit note: an empty wording',
    given: notedApplication,
    send: async (g) => rpc('edit_note', { note_id: await noteOf(g), body: '   ' }),
    expect: { status: 400, code: '22023' },
  },
  {
    name: 'edit note: no wording at all (null)',
    given: notedApplication,
    send: async (g) => rpc('edit_note', { note_id: await noteOf(g), body: null }),
    expect: { status: 400, code: '22023' },
  },
  {
    name: 'edit note: a wording of 10 001 characters',
    given: notedApplication,
    send: async (g) => rpc('edit_note', { note_id: await noteOf(g), body: 'x'.repeat(10_001) }),
    expect: { status: 400, code: '22023' },
  },
  {
    name: 'edit note: a note id that is not a uuid',
    send: () => rpc('edit_note', { note_id: 'note-1', body: 'Hello' }),
    expect: { status: 400, code: '22P02' },
  },
  {
    name: "edit note: the owner editing the recruiter's note",
    given: notedApplication,
    send: async (g) => rpc('edit_note', { note_id: await noteOf(g), body: 'Not mine to write' }, USERS.acmeOwner),
    expect: { status: 404, code: 'PT404' },
  },
  {
    name: 'delete note: a note that does not exist',
    send: () => rpc('delete_note', { note_id: '00000000-0000-4000-8000-00000000dead' }),
    expect: { status: 404, code: 'PT404' },
  },
];
