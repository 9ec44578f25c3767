// Where an imported resume lives and how a re-run recognises it: everything is derived from the row, so
// an interrupted run's upload sits at the very path the next run will try, and is found instead of duplicated.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ImportRow } from './rows.ts';

/** Stable per (org, job, resume file, email): the same CSV row always gets the same legacy_ref. */
export function legacyRef(orgSlug: string, row: Pick<ImportRow, 'jobSlug' | 'resume' | 'email'>): string {
  const resume = path.posix.normalize(row.resume.replaceAll('\\', '/'));
  return sha256(['smart-ats-legacy-import:v1', orgSlug, row.jobSlug, resume, row.email.toLowerCase()].join('\n')).toString('hex');
}

/** A UUID in version 4 layout (the shape every resume path has) taken from a hash of `seed`. */
export function uuidFrom(seed: string): string {
  const b = sha256(seed).subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const objectPath = (jobSlug: string, ref: string) => `${jobSlug}/${uuidFrom(`object\n${ref}`)}.pdf`;
export const applicationId = (ref: string) => uuidFrom(`application\n${ref}`);

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
