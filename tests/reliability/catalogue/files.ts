// Files that are not what they claim: the wrong MIME type, more bytes than the bucket takes (declared honestly,
// streamed chunked without a length, or behind a Content-Length that lies), and bytes that are not a readable PDF —
// which Storage cannot know, so scoring records why (`parse_status = 'failed'` with a stable `parse_error`).
import { expect } from 'vitest';
import { makeResumePdf } from '../../../scripts/make-fixtures.ts';
import { encryptedPdf } from '../../fixtures/lib/encrypted-pdf.ts';
import { textImagePng } from '../../fixtures/lib/png.ts';
import { JOBS } from '../../app/db/seed.ts';
import { newClientAddress } from '../../support/client-address.ts';
import { stack } from '../../support/clients.ts';
import { pdfOfSize } from '../../support/pdf.ts';
import { applicationBody, granted, insertAs, send, sendRaw, storedApplication, type Case, type Given } from '../support/catalogue.ts';

const MiB = 1024 * 1024;
const LIMIT = 5 * MiB;

const signUpload = (over: Record<string, unknown>) =>
  send('/functions/v1/sign-upload', {
    method: 'POST',
    from: newClientAddress(),
    body: { jobSlug: JOBS.backend.slug, fileSize: 2048, contentType: 'application/pdf', ...over },
  });

const signedPath = (g: Given) => `/storage/v1/object/upload/sign/resumes/${g.grant.path}?token=${g.grant.token}`;
const uploadOnly = () => granted(undefined, { upload: false });

/** Inserts the application for an uploaded file and scores it as the scheduler would: the answer says why it failed. */
const submitAndScore = async (g: Given) => {
  const inserted = await insertAs(applicationBody(g));
  if (inserted.status !== 201) throw new Error(`the application insert answered ${inserted.status}: ${inserted.text}`);
  return send('/functions/v1/score-application', {
    method: 'POST',
    token: stack.serviceRoleKey,
    apikey: stack.serviceRoleKey,
    body: { applicationId: g.candidate.id },
  });
};

/** A case: this file is uploaded and submitted, and scoring records it as failed with `reason`. */
const unreadable = (name: string, bytes: () => Promise<Uint8Array>, reason: string): Case => ({
  name,
  given: async () => granted(await bytes()),
  send: submitAndScore,
  expect: { status: 200, code: reason },
  stores: true,
  check: async (g) => {
    const row = await storedApplication(g.candidate.id);
    expect({ parse_status: row.parse_status, parse_error: row.parse_error, score: row.score }).toEqual({
      parse_status: 'failed',
      parse_error: reason,
      score: null,
    });
  },
});

const smallResume = () =>
  makeResumePdf({
    name: 'Ada Lovelace',
    email: 'ada@example.test',
    phone: '+44 20 7946 0000',
    skillsText: 'TypeScript, Node.js, PostgreSQL',
    pages: 1,
  });

export const fileCases: Case[] = [
  {
    name: 'sign-upload: contentType text/html',
    send: () => signUpload({ contentType: 'text/html' }),
    expect: { status: 415, code: 'unsupported_type' },
  },
  {
    name: 'sign-upload: contentType application/pdf with parameters',
    send: () => signUpload({ contentType: 'application/pdf; charset=binary' }),
    expect: { status: 415, code: 'unsupported_type' },
  },
  {
    name: 'sign-upload: a file one byte over 5 MiB',
    send: () => signUpload({ fileSize: LIMIT + 1 }),
    expect: { status: 413, code: 'file_too_large' },
  },

  {
    name: 'upload: the granted path with Content-Type text/html',
    given: uploadOnly,
    send: (g) =>
      sendRaw({
        method: 'PUT',
        path: signedPath(g),
        headers: { 'content-type': 'text/html', 'content-length': '31' },
        body: '<script>alert(1)</script>%PDF-x',
      }),
    expect: { status: 400, code: '415 InvalidMimeType' },
  },
  {
    name: 'upload: 5 MiB + 1 byte, declared honestly',
    given: uploadOnly,
    send: (g) =>
      sendRaw({
        method: 'PUT',
        path: signedPath(g),
        headers: { 'content-type': 'application/pdf', 'content-length': String(LIMIT + 1) },
        body: pdfOfSize(LIMIT + 1),
      }),
    expect: { status: 400, code: '413 EntityTooLarge' },
  },
  {
    name: 'upload: 6 MiB streamed chunked, with no length at all',
    given: uploadOnly,
    send: (g) => {
      const body = pdfOfSize(6 * MiB);
      const chunks: Buffer[] = [];
      for (let at = 0; at < body.length; at += 256 * 1024) {
        const part = body.subarray(at, at + 256 * 1024);
        chunks.push(Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from('\r\n'));
      }
      return sendRaw({
        method: 'PUT',
        path: signedPath(g),
        headers: { 'content-type': 'application/pdf', 'transfer-encoding': 'chunked' },
        body: Buffer.concat([...chunks, Buffer.from('0\r\n\r\n')]),
      });
    },
    expect: { status: 400, code: '413 EntityTooLarge' },
  },
  {
    name: 'upload: 6 MiB behind a Content-Length that claims 1 KiB (raw socket)',
    given: uploadOnly,
    send: (g) =>
      sendRaw({
        method: 'PUT',
        path: signedPath(g),
        headers: { 'content-type': 'application/pdf', 'content-length': '1024' },
        body: pdfOfSize(6 * MiB),
      }),
    expect: { status: 400, code: null },
    orHangUp: true,
  },
  {
    name: 'upload: both Content-Length and Transfer-Encoding (request smuggling shape)',
    given: uploadOnly,
    send: (g) =>
      sendRaw({
        method: 'PUT',
        path: signedPath(g),
        headers: { 'content-type': 'application/pdf', 'content-length': '9', 'transfer-encoding': 'chunked' },
        body: '9\r\n%PDF-1.7\n\r\n0\r\n\r\n',
      }),
    expect: { status: 400, code: null },
  },

  unreadable('scoring: PNG bytes uploaded as application/pdf', async () => textImagePng(['NOT A PDF']), 'not_pdf'),
  unreadable(
    'scoring: a password-protected PDF',
    async () => encryptedPdf(['Jane Doe', 'Python, Go, PostgreSQL'], 'open-sesame', 'owner-secret'),
    'encrypted',
  ),
  unreadable(
    'scoring: a PDF cut off at 60 %',
    async () => {
      const pdf = await smallResume();
      return pdf.slice(0, Math.floor(pdf.length * 0.6));
    },
    'unreadable',
  ),
];
