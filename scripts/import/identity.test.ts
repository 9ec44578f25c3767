import { expect, it } from 'vitest';
import { applicationId, legacyRef, objectPath } from './identity.ts';

const row = { jobSlug: 'backend-developer', resume: 'resumes/2023/jane.pdf', email: 'Jane@Example.com' };

it('gives the same row the same legacy_ref, object path and application id on every run', () => {
  const ref = legacyRef('acme', row);
  expect(ref).toMatch(/^[0-9a-f]{64}$/);
  expect(legacyRef('acme', { ...row, resume: './resumes//2023/jane.pdf', email: 'jane@example.com' })).toBe(ref);
  expect(objectPath('backend-developer', ref)).toBe(objectPath('backend-developer', ref));
  // The shape sign-upload paths have: <job-slug>/<uuid v4>.pdf.
  expect(objectPath('backend-developer', ref)).toMatch(
    /^backend-developer\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.pdf$/,
  );
  expect(applicationId(ref)).not.toBe(objectPath('backend-developer', ref).slice(18, 54));
});

it('tells apart other orgs, jobs, files and candidates', () => {
  const ref = legacyRef('acme', row);
  expect(
    new Set([
      ref,
      legacyRef('globex', row),
      legacyRef('acme', { ...row, jobSlug: 'frontend-developer' }),
      legacyRef('acme', { ...row, resume: 'resumes/2023/jane2.pdf' }),
      legacyRef('acme', { ...row, email: 'john@example.com' }),
    ]).size,
  ).toBe(5);
});
