// Resumes for search tests: each page's lines are chosen by the test, so which page a word is on is known.
import { randomUUID } from 'node:crypto';
import { ResumeWriter } from '../../fixtures/lib/resume-writer.ts';
import { serviceClient, sql } from '../../support/clients.ts';

/** A real PDF: the name on top of page 1, then `pages[i]` as the lines of page i + 1. */
export async function pagedResumePdf(name: string, pages: string[][]): Promise<Uint8Array> {
  const w = await ResumeWriter.create(`${name} — Resume`);
  w.line(name, { size: 22, bold: true, leading: 28 });
  pages.forEach((lines, i) => {
    if (i > 0) w.newPage();
    for (const line of lines) w.paragraph(line);
  });
  return w.save();
}

/** An application with its resume really in the bucket, left for the stack's scheduler to score. */
export async function submitWithResume(jobId: string, jobSlug: string, fullName: string, pages: string[][], cleanUp: string[]): Promise<string> {
  const pdf = await pagedResumePdf(fullName, pages);
  const path = `${jobSlug}/${randomUUID()}.pdf`;
  const { error } = await serviceClient().storage.from('resumes').upload(path, pdf, { contentType: 'application/pdf' });
  if (error) throw error;
  cleanUp.push(path);
  const id = randomUUID();
  const email = `${fullName.toLowerCase().replace(/[^a-z]+/g, '.')}@example.test`;
  await sql('insert into public.applications (id, job_id, full_name, email, resume_path, resume_size) values ($1, $2, $3, $4, $5, $6)', [
    id,
    jobId,
    fullName,
    email,
    path,
    pdf.byteLength,
  ]);
  return id;
}

/** Waits until scoring has run for every one of `ids` (the scheduler picks pending ones up within seconds). */
export async function scored(ids: string[], timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await sql<{ pending: number }>(
      `select count(*)::int as pending from public.applications where id = any($1) and parse_status = 'pending'`,
      [ids],
    );
    if (row.pending === 0) return;
    if (Date.now() > until) throw new Error(`${row.pending} applications still unscored after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
