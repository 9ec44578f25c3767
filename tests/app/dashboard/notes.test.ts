// Notes after they are written: only their author edits or deletes them (edit_note / delete_note), every earlier
// wording stays in note_revisions for the organisation, and "@email" of a member queues one email to them.
import { describe, expect, it } from 'vitest';
import { rolledBack, type Tx } from '../db/as-role.ts';
import { seedApplication } from '../db/fixtures.ts';
import { USERS } from '../db/seed.ts';

const addNote = async (tx: Tx, app: string, body: string, who = USERS.acmeRecruiter) =>
  (await tx.as(who).query<{ id: string }>(`insert into public.notes (application_id, body) values ($1, $2) returning id`, [app, body]))[0].id;

const mentionMails = (tx: Tx, noteId: string) =>
  tx.query<{ to_address: string; recipient_user: string; payload: Record<string, unknown> }>(
    `select to_address, recipient_user, payload from public.email_outbox where template = 'mention' and payload ->> 'noteId' = $1 order by to_address`,
    [noteId],
  );

describe('editing and deleting notes', () => {
  it('the author edits; the earlier wording is kept and every member of the organisation can read it', () =>
    rolledBack(async (tx) => {
      const app = await seedApplication(tx);
      const note = await addNote(tx, app, 'First take');
      await tx.as(USERS.acmeRecruiter).query(`select public.edit_note($1, $2)`, [note, '  Second take  ']);
      const [row] = await tx.as(USERS.acmeViewer).query(`select body, edited_at from public.notes where id = $1`, [note]);
      expect(row.body).toBe('Second take');
      expect(row.edited_at).not.toBeNull();
      const history = (who: { userId: string; email: string }) =>
        tx.as(who).query(`select body, change, changed_by from public.note_revisions where note_id = $1`, [note]);
      expect(await history(USERS.acmeViewer)).toEqual([{ body: 'First take', change: 'edited', changed_by: USERS.acmeRecruiter.userId }]);
      expect(await history(USERS.globexRecruiter)).toEqual([]);
      // The same wording again is no edit.
      await tx.as(USERS.acmeRecruiter).query(`select public.edit_note($1, $2)`, [note, 'Second take']);
      expect(await history(USERS.acmeOwner)).toHaveLength(1);
    }));

  it('nobody else may edit or delete it, not even an owner, and a plain UPDATE or DELETE is refused', () =>
    rolledBack(async (tx) => {
      const app = await seedApplication(tx);
      const note = await addNote(tx, app, 'Mine');
      for (const who of [USERS.acmeOwner, USERS.acmeViewer, USERS.globexRecruiter]) {
        expect((await tx.as(who).refused(`select public.edit_note($1, 'Theirs')`, [note])).code).toBe('PT404');
        expect((await tx.as(who).refused(`select public.delete_note($1)`, [note])).code).toBe('PT404');
      }
      expect((await tx.as(USERS.acmeRecruiter).refused(`update public.notes set body = 'Direct' where id = $1`, [note])).code).toBe('42501');
      expect((await tx.as(USERS.acmeRecruiter).refused(`delete from public.notes where id = $1`, [note])).code).toBe('42501');
      expect(await tx.query(`select body, deleted_at from public.notes where id = $1`, [note])).toEqual([{ body: 'Mine', deleted_at: null }]);
    }));

  it('a deleted note leaves the list, keeps its wording in the history and can no longer be edited', () =>
    rolledBack(async (tx) => {
      const app = await seedApplication(tx);
      const note = await addNote(tx, app, 'Regrettable');
      await tx.as(USERS.acmeRecruiter).query(`select public.delete_note($1)`, [note]);
      expect(await tx.as(USERS.acmeRecruiter).query(`select id from public.notes where id = $1`, [note])).toEqual([]);
      expect(await tx.as(USERS.acmeOwner).query(`select body, change from public.note_revisions where note_id = $1`, [note])).toEqual([
        { body: 'Regrettable', change: 'deleted' },
      ]);
      expect((await tx.as(USERS.acmeRecruiter).refused(`select public.edit_note($1, 'Back')`, [note])).code).toBe('PT404');
    }));

  it.each([
    ['empty', '  '],
    ['null', null],
    ['10 001 characters', 'x'.repeat(10_001)],
  ])('refuses an %s wording with 22023 and keeps the note', (_label, body) =>
    rolledBack(async (tx) => {
      const app = await seedApplication(tx);
      const note = await addNote(tx, app, 'Keep me');
      expect((await tx.as(USERS.acmeRecruiter).refused(`select public.edit_note($1, $2)`, [note, body])).code).toBe('22023');
      expect(await tx.query(`select count(*)::int as n from public.note_revisions where note_id = $1`, [note])).toEqual([{ n: 0 }]);
    }),
  );
});

describe('@mentions', () => {
  it('emails each mentioned member once, never the author or someone outside the organisation', () =>
    rolledBack(async (tx) => {
      const app = await seedApplication(tx);
      const note = await addNote(
        tx,
        app,
        `@${USERS.acmeOwner.email} and @${USERS.acmeViewer.email.toUpperCase()}, have a look. Also @${USERS.acmeOwner.email} again, @${USERS.acmeRecruiter.email} (me) and @${USERS.globexRecruiter.email}; mail bob@${USERS.acmeOwner.email} is no mention.`,
      );
      const mails = await mentionMails(tx, note);
      expect(mails.map((m) => [m.to_address, m.recipient_user])).toEqual([
        [USERS.acmeOwner.email, USERS.acmeOwner.userId],
        [USERS.acmeViewer.email, USERS.acmeViewer.userId],
      ]);
      expect(mails[0].payload).toMatchObject({ applicationId: app, authorEmail: USERS.acmeRecruiter.email });
      // The owner reads their own notification, the viewer does not see the owner's.
      expect(
        await tx
          .as(USERS.acmeOwner)
          .query(`select template from public.email_outbox where template = 'mention' and recipient_user = $1`, [USERS.acmeOwner.userId]),
      ).toHaveLength(1);
      expect(
        await tx
          .as(USERS.acmeViewer)
          .query(`select 1 from public.email_outbox where template = 'mention' and recipient_user = $1`, [USERS.acmeOwner.userId]),
      ).toEqual([]);
    }));

  it('an edit emails only the members it newly mentions', () =>
    rolledBack(async (tx) => {
      const app = await seedApplication(tx);
      const note = await addNote(tx, app, `Ask @${USERS.acmeOwner.email}`);
      await tx
        .as(USERS.acmeRecruiter)
        .query(`select public.edit_note($1, $2)`, [note, `Ask @${USERS.acmeOwner.email} and @${USERS.acmeViewer.email}`]);
      expect((await mentionMails(tx, note)).map((m) => m.to_address)).toEqual([USERS.acmeOwner.email, USERS.acmeViewer.email]);
    }));
});
