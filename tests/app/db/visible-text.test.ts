// Required text needs a character a person can see (migration 20261129300000): public.has_visible_text() agrees with
// the forms' hasVisibleText() on every code point, each required column refuses invisible-only text with 23514, and
// the migration turns rows written before it into visible stand-ins instead of failing on them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasVisibleText } from '../../../src/lib/visible-text.ts';
import { ROOT } from '../../../stack/config.ts';
import { rolledBack } from './as-role.ts';
import { seedApplication } from './fixtures.ts';
import { ACME, JOBS, USERS } from './seed.ts';

const MIGRATION = fs.readFileSync(path.join(ROOT, 'supabase/migrations/20261129300000_required_text_is_visible.sql'), 'utf8');
const BLANKS = ['\u00a0\u00a0', '\u200b', '\u3000\ufeff', '\u2003\u200d\u2060', '\u3164', ' \u00a0 '];
const skill = (name: string, aliases: string[] = []) => ({ name, weight: 2, required: false, aliases });

describe('has_visible_text', () => {
  it('calls exactly the same code points invisible as the forms do (U+0000 cannot be in Postgres text)', () =>
    rolledBack(async (tx) => {
      const rows = await tx.query<{ cp: number }>(
        `select cp from generate_series(1, 1114111) cp where cp not between 55296 and 57343 and not public.has_visible_text(chr(cp)) order by cp`,
      );
      const inDatabase = rows.map((r) => r.cp);
      const inBrowser: number[] = [];
      for (let cp = 1; cp <= 0x10ffff; cp++) if ((cp < 0xd800 || cp > 0xdfff) && !hasVisibleText(String.fromCodePoint(cp))) inBrowser.push(cp);
      expect(inDatabase.length).toBeGreaterThan(4000);
      expect(inDatabase).toEqual(inBrowser);
      expect(inDatabase).toEqual(expect.arrayContaining([0x20, 0xa0, 0x200b, 0x3000, 0xfeff, 0x2800, 0xe0041]));
    }));

  it('is true with one visible character among the blanks, and null for null', () =>
    rolledBack(async (tx) => {
      const [row] = await tx.query(
        `select public.has_visible_text(e'\\u00a0A\\u200b') as a, public.has_visible_text('') as empty, public.has_visible_text(null) as nothing`,
      );
      expect(row).toEqual({ a: true, empty: false, nothing: null });
    }));
});

describe('required text refuses invisible-only values', () => {
  it("a candidate's full name", () =>
    rolledBack(async (tx) => {
      const id = await seedApplication(tx);
      for (const blank of BLANKS) {
        const error = await tx.refused(`update public.applications set full_name = $2 where id = $1`, [id, blank]);
        expect({ code: error.code, constraint: error.constraint }, JSON.stringify(blank)).toEqual({
          code: '23514',
          constraint: 'applications_full_name_visible',
        });
      }
      await tx.query(`update public.applications set full_name = $2 where id = $1`, [id, '\u00a0Ada\u200b']);
    }));

  it('a job title, skill names and aliases, as a recruiter edits them', () =>
    rolledBack(async (tx) => {
      const recruiter = tx.as(USERS.acmeRecruiter);
      for (const blank of BLANKS) {
        const title = await recruiter.refused(`update public.jobs set title = $2 where id = $1`, [JOBS.backend.id, blank]);
        expect({ code: title.code, constraint: title.constraint }).toEqual({ code: '23514', constraint: 'jobs_title_visible' });
        for (const skills of [[skill(blank)], [skill('Go', ['golang', blank])]]) {
          const error = await recruiter.refused(`update public.jobs set skills = $2 where id = $1`, [JOBS.backend.id, JSON.stringify(skills)]);
          expect({ code: error.code, constraint: error.constraint }).toEqual({ code: '23514', constraint: 'jobs_skills_visible' });
        }
      }
      // A skill list of the wrong shape is still the shape check's to refuse.
      const shape = await recruiter.refused(`update public.jobs set skills = '"Go"' where id = $1`, [JOBS.backend.id]);
      expect({ code: shape.code, constraint: shape.constraint }).toEqual({ code: '23514', constraint: 'jobs_skills_shape' });
      await recruiter.query(`update public.jobs set title = 'Backend\u00a0developer', skills = $2 where id = $1`, [
        JOBS.backend.id,
        JSON.stringify([skill('Go', ['golang'])]),
      ]);
    }));

  it("a note's body, and an organization's name (the service role names them)", () =>
    rolledBack(async (tx) => {
      const id = await seedApplication(tx);
      for (const blank of BLANKS) {
        const note = await tx.as(USERS.acmeRecruiter).refused(`insert into public.notes (application_id, body) values ($1, $2)`, [id, blank]);
        expect({ code: note.code, constraint: note.constraint }).toEqual({ code: '23514', constraint: 'notes_body_visible' });
        const org = await tx.as('service_role').refused(`update public.organizations set name = $2 where id = $1`, [ACME, blank]);
        expect({ code: org.code, constraint: org.constraint }).toEqual({ code: '23514', constraint: 'organizations_name_visible' });
      }
    }));
});

describe('the migration on rows written before it', () => {
  it('gives them visible stand-ins and then holds every row to the checks', () =>
    rolledBack(async (tx) => {
      // Back to the schema before the migration, inside this transaction only.
      await tx.query(`drop function public.skill_texts_are_visible(jsonb) cascade; drop function public.has_visible_text(text) cascade`);
      const id = await seedApplication(tx);
      await tx.query(`update public.applications set full_name = e'\\u00a0\\u200b' where id = $1`, [id]);
      await tx.query(`insert into public.notes (application_id, author, body) values ($1, $2, e'\\u3000')`, [id, USERS.acmeRecruiter.userId]);
      await tx.query(`update public.organizations set name = e'\\ufeff' where id = $1`, [ACME]);
      await tx.query(`update public.jobs set title = e'\\u2800', skills = $2 where id = $1`, [
        JOBS.backend.id,
        JSON.stringify([skill('\u200b', ['golang', '\u00a0']), skill('Go', ['go-lang'])]),
      ]);

      await tx.query(MIGRATION);

      const [row] = await tx.query(
        `select a.full_name, j.title, j.skills, o.name, (select body from public.notes n where n.application_id = a.id) as note
         from public.applications a join public.jobs j on j.id = a.job_id join public.organizations o on o.id = j.org_id where a.id = $1`,
        [id],
      );
      expect(row).toEqual({
        full_name: '(no name given)',
        title: '(untitled job)',
        skills: [skill('(unnamed skill)', ['golang']), skill('Go', ['go-lang'])],
        name: 'acme',
        note: '(empty note)',
      });
      const constraints = await tx.query<{ conname: string; convalidated: boolean }>(
        `select conname, convalidated from pg_constraint where conname like '%\\_visible' order by conname`,
      );
      expect(constraints).toEqual(
        ['applications_full_name_visible', 'jobs_skills_visible', 'jobs_title_visible', 'notes_body_visible', 'organizations_name_visible'].map(
          (conname) => ({ conname, convalidated: true }),
        ),
      );
    }));
});
