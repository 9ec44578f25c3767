// Scorecards: a job's interview kit, one scorecard per member, application and stage, checked against the kit, and
// the others' hidden until one has submitted one's own — decided by RLS, each query as the member who makes it.
import { describe, expect, it } from 'vitest';
import { rolledBack, type Tx } from '../db/as-role.ts';
import { seedApplication } from '../db/fixtures.ts';
import { JOBS, USERS } from '../db/seed.ts';

const KIT = [
  { id: 'system-design', name: 'System design', guidance: 'Can they reason about trade-offs?' },
  { id: 'communication', name: 'Communication' },
];
const RATINGS = { 'system-design': { rating: 3, note: 'Solid on queues' }, communication: { rating: 4 } };

async function withKit(tx: Tx) {
  await tx
    .as(USERS.acmeRecruiter)
    .query(`insert into public.interview_kits (job_id, criteria) values ($1, $2) on conflict (job_id) do update set criteria = excluded.criteria`, [
      JOBS.backend.id,
      JSON.stringify(KIT),
    ]);
  return seedApplication(tx, JOBS.backend);
}

const submit = (tx: Tx, who: { userId: string; email: string }, app: string, ratings: unknown = RATINGS, recommendation = 'yes') =>
  tx
    .as(who)
    .query(`insert into public.scorecards (application_id, stage, ratings, recommendation, summary) values ($1, 'interview', $2, $3, 'ok')`, [
      app,
      JSON.stringify(ratings),
      recommendation,
    ]);

/** The error Postgres gives `who` for a scorecard they may not submit (or that breaks the kit's rules). */
const refusedScorecard = (tx: Tx, who: { userId: string; email: string }, app: string, ratings: unknown = RATINGS, recommendation = 'yes') =>
  tx
    .as(who)
    .refused(`insert into public.scorecards (application_id, stage, ratings, recommendation) values ($1, 'interview', $2, $3)`, [
      app,
      JSON.stringify(ratings),
      recommendation,
    ]);

const visible = async (tx: Tx, who: { userId: string; email: string }, app: string) =>
  (await tx.as(who).query<{ author: string }>(`select author from public.scorecards where application_id = $1 order by author`, [app])).map(
    (r) => r.author,
  );

describe('interview kits', () => {
  it('recruiters write a job’s kit, viewers read it, other organizations see nothing', () =>
    rolledBack(async (tx) => {
      await withKit(tx);
      const read = (who: { userId: string; email: string }) =>
        tx.as(who).query(`select criteria from public.interview_kits where job_id = $1`, [JOBS.backend.id]);
      expect(await read(USERS.acmeViewer)).toHaveLength(1);
      expect(await read(USERS.globexRecruiter)).toHaveLength(0);
      // A viewer's update matches no row it may change: no error, nothing changed.
      expect(
        await tx
          .as(USERS.acmeViewer)
          .query(`update public.interview_kits set criteria = $2 where job_id = $1 returning 1`, [JOBS.backend.id, JSON.stringify(KIT.slice(0, 1))]),
      ).toEqual([]);
      const viewerInsert = await tx
        .as(USERS.acmeViewer)
        .refused(`insert into public.interview_kits (job_id, criteria) values ($1, $2)`, [JOBS.frontend.id, JSON.stringify(KIT)]);
      expect(viewerInsert.code).toBe('42501');
    }));

  it.each([
    ['no criteria', []],
    ['a criterion without a visible name', [{ id: 'a', name: '\u200b ' }]],
    [
      'duplicate ids',
      [
        { id: 'a', name: 'A' },
        { id: 'a', name: 'B' },
      ],
    ],
    ['an id that is not a slug', [{ id: 'Has Spaces', name: 'A' }]],
    ['an unknown field', [{ id: 'a', name: 'A', weight: 3 }]],
    ['21 criteria', Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, name: `C ${i}` }))],
  ])('refuses a kit with %s (23514)', (_, criteria) =>
    rolledBack(async (tx) => {
      const e = await tx
        .as(USERS.acmeRecruiter)
        .refused(`insert into public.interview_kits (job_id, criteria) values ($1, $2)`, [JOBS.backend.id, JSON.stringify(criteria)]);
      expect(e.code).toBe('23514');
    }),
  );
});

describe('scorecards', () => {
  it('others’ scorecards stay hidden until a member has submitted their own for that stage; viewers read them all', () =>
    rolledBack(async (tx) => {
      const app = await withKit(tx);
      await submit(tx, USERS.acmeRecruiter, app);
      expect(await visible(tx, USERS.acmeRecruiter, app)).toEqual([USERS.acmeRecruiter.userId]);
      expect(await visible(tx, USERS.acmeOwner, app)).toEqual([]);
      const counts = await tx
        .as(USERS.acmeOwner)
        .query<{ stage: string; submitted: number; mine: boolean }>(`select * from public.scorecard_counts($1)`, [app]);
      expect(counts).toEqual([{ stage: 'interview', submitted: 1, mine: false }]);

      await submit(tx, USERS.acmeOwner, app, RATINGS, 'strong_yes');
      expect((await visible(tx, USERS.acmeOwner, app)).sort()).toEqual([USERS.acmeOwner.userId, USERS.acmeRecruiter.userId].sort());
      expect(await visible(tx, USERS.acmeRecruiter, app)).toHaveLength(2);
      expect(await visible(tx, USERS.acmeViewer, app)).toHaveLength(2);
      expect(await visible(tx, USERS.globexRecruiter, app)).toEqual([]);
      expect(await tx.as(USERS.globexRecruiter).query(`select * from public.scorecard_counts($1)`, [app])).toEqual([]);
    }));

  it('a viewer may read but not submit; nobody submits in another member’s name or twice for one stage', () =>
    rolledBack(async (tx) => {
      const app = await withKit(tx);
      expect((await refusedScorecard(tx, USERS.acmeViewer, app)).code).toBe('42501');
      expect((await refusedScorecard(tx, USERS.globexRecruiter, app)).code).toBe('42501');
      const forged = await tx
        .as(USERS.acmeRecruiter)
        .refused(`insert into public.scorecards (application_id, stage, author, ratings, recommendation) values ($1, 'interview', $2, $3, 'yes')`, [
          app,
          USERS.acmeOwner.userId,
          JSON.stringify(RATINGS),
        ]);
      expect(forged.code).toBe('42501'); // no column privilege on author
      await submit(tx, USERS.acmeRecruiter, app);
      expect((await refusedScorecard(tx, USERS.acmeRecruiter, app, RATINGS, 'no')).code).toBe('23505');
    }));

  it('an author revises their own scorecard; nobody else can', () =>
    rolledBack(async (tx) => {
      const app = await withKit(tx);
      await submit(tx, USERS.acmeRecruiter, app);
      await submit(tx, USERS.acmeOwner, app);
      await tx
        .as(USERS.acmeOwner)
        .query(`update public.scorecards set recommendation = 'strong_no' where application_id = $1 and author = $2`, [
          app,
          USERS.acmeRecruiter.userId,
        ]);
      await tx
        .as(USERS.acmeRecruiter)
        .query(`update public.scorecards set recommendation = 'strong_yes' where application_id = $1 and author = $2`, [
          app,
          USERS.acmeRecruiter.userId,
        ]);
      const rows = await tx.query<{ recommendation: string }>(
        `select recommendation from public.scorecards where application_id = $1 and author = $2`,
        [app, USERS.acmeRecruiter.userId],
      );
      expect(rows).toEqual([{ recommendation: 'strong_yes' }]);
    }));

  it.each([
    ['a criterion left unrated', { 'system-design': { rating: 3 } }, /Rate "Communication" from 1 to 4/],
    ['a rating of 5', { ...RATINGS, communication: { rating: 5 } }, /Rate "Communication" from 1 to 4/],
    ['a rating given as text', { ...RATINGS, communication: { rating: '4' } }, /Rate "Communication"/],
    ['a criterion the kit does not have', { ...RATINGS, charisma: { rating: 4 } }, /"charisma" is not a criterion/],
    ['a note over 2000 characters', { ...RATINGS, communication: { rating: 2, note: 'x'.repeat(2001) } }, /at most 2000 characters/],
  ])('refuses %s with a message that says what to fix (23514)', (_, ratings, message) =>
    rolledBack(async (tx) => {
      const app = await withKit(tx);
      const e = await refusedScorecard(tx, USERS.acmeRecruiter, app, ratings);
      expect(e.code).toBe('23514');
      expect(e.message).toMatch(message);
    }),
  );

  it('refuses a scorecard for a job without a kit, and an unknown recommendation', () =>
    rolledBack(async (tx) => {
      const app = await seedApplication(tx, JOBS.frontend);
      const e = await refusedScorecard(tx, USERS.acmeRecruiter, app, {});
      expect(e.code).toBe('23514');
      expect(e.message).toMatch(/no interview kit/);
      const kitted = await withKit(tx);
      expect((await refusedScorecard(tx, USERS.acmeRecruiter, kitted, RATINGS, 'maybe')).code).toBe('23514');
    }));
});
