// The schema's own guarantees: shapes the app relies on, and the platform habits that keep it safe on
// hosted Supabase (RLS everywhere, fixed search_path on definer functions, no default ALL for API roles).
import { describe, expect, it } from 'vitest';
import { rolledBack } from './as-role.ts';
import { ACME } from './seed.ts';

const skill = (over: Record<string, unknown> = {}) => ({ name: 'Go', weight: 3, required: false, aliases: ['Golang'], ...over });

describe('platform habits', () => {
  it('every public table has RLS on', () =>
    rolledBack(async (tx) => {
      const rows = await tx.query<{ relname: string }>(
        `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity`,
      );
      expect(rows).toEqual([]);
    }));

  it('every security definer function pins search_path to empty', () =>
    rolledBack(async (tx) => {
      const rows = await tx.query<{ proname: string }>(
        `select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname = 'public' and p.prosecdef and not coalesce(p.proconfig @> array['search_path=""'], false)`,
      );
      expect(rows).toEqual([]);
    }));

  it('anon and authenticated hold no privilege on upload grants', () =>
    rolledBack(async (tx) => {
      const rows = await tx.query(
        `select grantee, privilege_type from information_schema.role_table_grants
         where table_schema = 'public' and table_name = 'upload_grants' and grantee in ('anon', 'authenticated')`,
      );
      expect(rows).toEqual([]);
    }));

  // status_key_hash: the hash of the candidate's private status-page key (issue 9), set once at submit; answers to the
  // job's questions, the source tag, and the privacy notice consented to with the optional talent-pool consent (issue 14).
  it('anon may insert exactly the candidate columns of applications and nothing else', () =>
    rolledBack(async (tx) => {
      const rows = await tx.query<{ privilege_type: string; column_name: string }>(
        `select privilege_type, column_name from information_schema.column_privileges
         where table_schema = 'public' and table_name = 'applications' and grantee = 'anon' order by column_name`,
      );
      expect(rows.every((r) => r.privilege_type === 'INSERT')).toBe(true);
      expect(rows.map((r) => r.column_name)).toEqual([
        'answers',
        'cover_letter',
        'email',
        'full_name',
        'id',
        'job_id',
        'links',
        'phone',
        'privacy_notice_id',
        'resume_path',
        'resume_size',
        'source',
        'status_key_hash',
        'talent_pool_consent',
      ]);
    }));

  it('the resumes bucket is private, 5 MiB, PDF only', () =>
    rolledBack(async (tx) => {
      const [bucket] = await tx.query(`select public, file_size_limit, allowed_mime_types from storage.buckets where id = 'resumes'`);
      expect(bucket).toEqual({ public: false, file_size_limit: '5242880', allowed_mime_types: ['application/pdf'] });
    }));
});

describe('jobs', () => {
  const insertJob = (skills: unknown, slug = 'test-job') =>
    [`insert into public.jobs (org_id, slug, title, skills) values ($1, $2, 'Test', $3)`, [ACME, slug, JSON.stringify(skills)]] as const;

  it('accepts a well-formed skill list', () =>
    rolledBack(async (tx) => {
      await tx.query(...insertJob([skill(), skill({ name: 'Kubernetes', weight: 5, required: true, aliases: ['K8s'] })]));
    }));

  it.each([
    ['not an array', { name: 'Go' }],
    ['a weight of 6', [skill({ weight: 6 })]],
    ['a weight of 0', [skill({ weight: 0 })]],
    ['a fractional weight', [skill({ weight: 2.5 })]],
    ['a weight given as text', [skill({ weight: '3' })]],
    ['an empty name', [skill({ name: '  ' })]],
    ['a missing aliases list', [{ name: 'Go', weight: 3, required: false }]],
    ['an extra key', [skill({ level: 'senior' })]],
    ['a non-boolean required', [skill({ required: 'yes' })]],
    ['a non-string alias', [skill({ aliases: [42] })]],
    ['an empty alias', [skill({ aliases: [''] })]],
    ['a non-object entry', ['Go']],
  ])('refuses a skill list with %s', (_why, skills) =>
    rolledBack(async (tx) => {
      const error = await tx.refused(...insertJob(skills));
      expect(error.constraint).toBe('jobs_skills_shape');
    }),
  );

  it.each([['Backend-Dev'], ['backend--dev'], ['-backend'], ['backend_dev'], ['a'.repeat(81)]])('refuses the slug %s', (slug) =>
    rolledBack(async (tx) => {
      expect((await tx.refused(...insertJob([], slug))).constraint).toBe('jobs_slug_shape');
    }),
  );

  it('stamps published_at the first time a job opens and keeps it through close and reopen', () =>
    rolledBack(async (tx) => {
      await tx.query(...insertJob([]));
      const [draft] = await tx.query(`select published_at from public.jobs where slug = 'test-job'`);
      expect(draft.published_at).toBeNull();
      await tx.query(`update public.jobs set status = 'open', published_at = '2020-01-01' where slug = 'test-job'`);
      await tx.query(`update public.jobs set status = 'closed' where slug = 'test-job'`);
      await tx.query(`update public.jobs set status = 'open' where slug = 'test-job'`);
      const [reopened] = await tx.query<{ published_at: Date }>(`select published_at from public.jobs where slug = 'test-job'`);
      expect(reopened.published_at.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    }));

  it('keeps updated_at current', () =>
    rolledBack(async (tx) => {
      await tx.query(...insertJob([]));
      await tx.query(`update public.jobs set updated_at = '2020-01-01' where slug = 'test-job'`);
      const [row] = await tx.query<{ updated_at: Date }>(`select updated_at from public.jobs where slug = 'test-job'`);
      expect(row.updated_at.getFullYear()).toBeGreaterThan(2020);
    }));
});

describe('applications', () => {
  it.each([
    ['linkedin', { linkedin: 'https://www.linkedin.com/in/ada' }, true],
    ['both links', { linkedin: 'https://linkedin.com/in/ada', portfolio: 'http://ada.dev/work' }, true],
    ['no links', {}, true],
    ['an unknown key', { github: 'https://github.com/ada' }, false],
    ['a javascript: URL', { portfolio: 'javascript:alert(1)' }, false],
    ['a non-string URL', { portfolio: 42 }, false],
    ['an array', ['https://ada.dev'], false],
  ])('links with %s: %s', (_why, links, ok) =>
    rolledBack(async (tx) => {
      const [{ valid }] = await tx.query(`select public.is_valid_application_links($1::jsonb) as valid`, [JSON.stringify(links)]);
      expect(valid).toBe(ok);
    }),
  );
});
