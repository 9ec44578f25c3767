// Submits an application the way a candidate's browser does: sign-upload, PUT the PDF to the signed URL, then
// insert the row with the anon key. Returns what the dashboard tests look for.
import { randomBytes, randomUUID } from 'node:crypto';
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { makeResumePdf } from '../../scripts/make-fixtures.ts';
import { ANON_KEY } from '../../stack/config.ts';
import { fetchFrom, newClientAddress } from '../../tests/support/client-address.ts';

export type Submitted = { id: string; fullName: string; email: string; phone: string; path: string };

export async function submitApplication(
  apiUrl: string,
  {
    jobSlug,
    jobId,
    fullName,
    skillsText = 'TypeScript, Node.js, PostgreSQL, Docker, REST APIs',
    resume,
  }: { jobSlug: string; jobId: string; fullName: string; skillsText?: string; resume?: Uint8Array },
): Promise<Submitted> {
  const email = `${fullName.toLowerCase().replace(/[^a-z]+/g, '.')}@example.test`;
  // Own phone and LinkedIn too: the dashboard lists one person's submissions to a job (same email, phone or LinkedIn) once.
  const phone = `+49 30 ${[...randomBytes(7)].map((b) => b % 10).join('')}`;
  // A given resume (a locked, scanned or damaged file) is uploaded as it is, through the Storage API.
  const pdf = resume ?? (await makeResumePdf({ name: fullName, email, phone, skillsText, pages: 2 }));
  const headers = { authorization: `Bearer ${ANON_KEY}`, apikey: ANON_KEY, 'content-type': 'application/json' };
  // From an address of its own, as a different candidate: sign-upload rate-limits per address.
  const grant = await fetchFrom(newClientAddress())(`${apiUrl}/functions/v1/sign-upload`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ jobSlug, fileSize: pdf.byteLength, contentType: 'application/pdf' }),
  });
  if (!grant.ok) throw new Error(`sign-upload answered ${grant.status}: ${await grant.text()}`);
  const { path, signedUrl } = (await grant.json()) as { path: string; signedUrl: string };

  const put = await fetch(signedUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf', 'x-upsert': 'false' }, body: pdf.slice() });
  if (!put.ok) throw new Error(`the resume upload answered ${put.status}: ${await put.text()}`);

  const anon = createClient(apiUrl, ANON_KEY, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
  });
  const id = randomUUID();
  const { error } = await anon.from('applications').insert({
    id,
    job_id: jobId,
    full_name: fullName,
    email,
    phone,
    links: { linkedin: `https://www.linkedin.com/in/${email.split('@')[0].replace(/\./g, '-')}` },
    cover_letter: 'I would love to build <b>billing</b> systems with you.\nThanks for reading!',
    resume_path: path,
    resume_size: pdf.byteLength,
  });
  if (error) throw new Error(`the application insert failed: ${error.message}`);
  return { id, fullName, email, phone, path };
}
