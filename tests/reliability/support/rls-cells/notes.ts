// RLS matrix cells for note edits, deletes and their history: a note by recruiter A made for the cell, changed only
// through edit_note/delete_note, whose earlier wordings live in note_revisions.
import { USERS } from '../../../app/db/seed.ts';
import { sql } from '../../../support/clients.ts';
import { exists, one, rowsOf, using, type Try } from './fixtures.ts';

const recruitersNote = async (appId: string, deleted = false) =>
  (
    await one(`insert into public.notes (application_id, author, body, deleted_at) values ($1, $2, 'First wording', $3) returning id`, [
      appId,
      USERS.acmeRecruiter.userId,
      deleted ? new Date().toISOString() : null,
    ])
  ).id as string;
const withRevision = async (appId: string) => {
  const id = await recruitersNote(appId);
  await sql(`insert into public.note_revisions (note_id, body, change, changed_by) values ($1, 'Older wording', 'edited', $2)`, [
    id,
    USERS.acmeRecruiter.userId,
  ]);
  return id;
};
const dropNote = (id: string) => sql('delete from public.notes where id = $1', [id]);

export const NOTES_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  'notes · select a deleted note': ({ client, world }) =>
    using(
      () => recruitersNote(world.appId, true),
      dropNote,
      async (id) => rowsOf(await client.from('notes').select('id').eq('id', id)) === 1,
    ),
  "note_revisions · select an Acme note's history": ({ client, world }) =>
    using(
      () => withRevision(world.appId),
      dropNote,
      async (id) => rowsOf(await client.from('note_revisions').select('id').eq('note_id', id)) === 1,
    ),
  'note_revisions · insert': ({ client, world }) =>
    using(
      () => recruitersNote(world.appId),
      dropNote,
      async (id) => {
        await client.from('note_revisions').insert({ note_id: id, body: 'Forged history', change: 'edited', changed_by: USERS.acmeRecruiter.userId });
        return exists(`select 1 from public.note_revisions where note_id = $1 and body = 'Forged history'`, [id]);
      },
    ),
  'note_revisions · update body': ({ client, world }) =>
    using(
      () => withRevision(world.appId),
      dropNote,
      async (id) => {
        await client.from('note_revisions').update({ body: 'Rewritten history' }).eq('note_id', id);
        return exists(`select 1 from public.note_revisions where note_id = $1 and body = 'Rewritten history'`, [id]);
      },
    ),
  'note_revisions · delete': ({ client, world }) =>
    using(
      () => withRevision(world.appId),
      dropNote,
      async (id) => {
        await client.from('note_revisions').delete().eq('note_id', id);
        return !(await exists('select 1 from public.note_revisions where note_id = $1', [id]));
      },
    ),
  "rpc · edit_note (recruiter A's note; its author only)": ({ client, world }) =>
    using(
      () => recruitersNote(world.appId),
      dropNote,
      async (id) => {
        await client.rpc('edit_note', { note_id: id, body: 'Second wording' });
        return exists(`select 1 from public.notes where id = $1 and body = 'Second wording'`, [id]);
      },
    ),
  "rpc · delete_note (recruiter A's note; its author only)": ({ client, world }) =>
    using(
      () => recruitersNote(world.appId),
      dropNote,
      async (id) => {
        await client.rpc('delete_note', { note_id: id });
        return exists('select 1 from public.notes where id = $1 and deleted_at is not null', [id]);
      },
    ),
};
