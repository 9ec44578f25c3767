// Conformance of the local /storage/v1 service with supabase-js (storage-js) and Supabase Storage's
// wire behaviour. The tests make their own buckets and storage.objects policies (org folders read
// from a JWT claim), so they depend on nothing in the app's migrations.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import nodePath from 'node:path';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { JWT_SECRET } from '../../../stack/config.ts';
import { signJwt } from '../../../stack/jwt.ts';
import { anonClient, serviceClient, sql, stack } from '../../support/clients.ts';
import { pdfOfSize } from '../../support/pdf.ts';

const run = randomUUID().slice(0, 8);
const PDFS = `resumes-${run}`; // private, 5 MiB, application/pdf only — like the app's bucket
const FILES = `files-${run}`; // private, no limits
const MiB = 1024 * 1024;

const now = () => Math.floor(Date.now() / 1000);
const md5 = (b: Buffer) => `"${createHash('md5').update(b).digest('hex')}"`;
const storageDir = (bucket: string) => nodePath.join(stack.dataDir, 'storage', bucket);

const options = {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
};

/** A signed-in user of `org` (claims as GoTrue issues them, plus the org the test policies read). */
function member(org: string, role: 'owner' | 'recruiter' = 'recruiter', exp = now() + 3600): { token: string; client: SupabaseClient } {
  const token = signJwt({ sub: randomUUID(), role: 'authenticated', aud: 'authenticated', app_metadata: { org, role }, iat: now(), exp }, JWT_SECRET);
  return { token, client: createClient(stack.apiUrl, stack.anonKey, { ...options, global: { headers: { Authorization: `Bearer ${token}` } } }) };
}

/** A request whose path is sent exactly as written (fetch would fold `..` and `%2e%2e` away). */
function raw(
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: Buffer,
): Promise<{ status: number; json: Record<string, unknown> | null; headers: http.IncomingHttpHeaders }> {
  const url = new URL(stack.apiUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path: target, headers: { apikey: stack.anonKey, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode!, json: text ? JSON.parse(text) : null, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const rows = async (bucket: string, name?: string) =>
  sql<{ name: string; metadata: Record<string, unknown>; owner: string | null }>(
    `select name, metadata, owner from storage.objects where bucket_id = $1 ${name ? 'and name = $2' : ''} order by name`,
    name ? [bucket, name] : [bucket],
  );

const acme = member('acme');
const acmeOwner = member('acme', 'owner');
const globex = member('globex');
const service = serviceClient();

beforeAll(async () => {
  await sql(
    `insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types) values ($1, $1, false, $2, '{application/pdf}'), ($3, $3, false, null, null)`,
    [PDFS, 5 * MiB, FILES],
  );
  // Members read and write their org's folder; only owners delete; anon gets nothing.
  const inOrg = `bucket_id in ('${PDFS}', '${FILES}') and (storage.foldername(name))[1] = (auth.jwt() -> 'app_metadata' ->> 'org')`;
  await sql(`create policy "t ${run} read" on storage.objects for select to authenticated using (${inOrg})`);
  await sql(`create policy "t ${run} insert" on storage.objects for insert to authenticated with check (${inOrg})`);
  await sql(`create policy "t ${run} update" on storage.objects for update to authenticated using (${inOrg}) with check (${inOrg})`);
  await sql(
    `create policy "t ${run} delete" on storage.objects for delete to authenticated using (${inOrg} and auth.jwt() -> 'app_metadata' ->> 'role' = 'owner')`,
  );
});

afterAll(async () => {
  for (const op of ['read', 'insert', 'update', 'delete']) await sql(`drop policy if exists "t ${run} ${op}" on storage.objects`);
  // Through the Storage API, as on hosted Supabase (direct SQL deletes are refused there).
  for (const bucket of [PDFS, FILES]) {
    const names = (await sql<{ name: string }>('select name from storage.objects where bucket_id = $1', [bucket])).map((r) => r.name);
    if (names.length) expect((await service.storage.from(bucket).remove(names)).error).toBeNull();
    expect((await service.storage.deleteBucket(bucket)).error).toBeNull();
  }
});

describe('signed upload URLs (the candidate flow)', () => {
  it('uploads a 4.9 MB PDF byte for byte through createSignedUploadUrl + uploadToSignedUrl, one row, bytes on disk', async () => {
    const path = `acme/${randomUUID()}.pdf`;
    const { data: signed, error } = await service.storage.from(PDFS).createSignedUploadUrl(path);
    expect(error).toBeNull();
    expect(signed!.signedUrl).toBe(`${stack.apiUrl}/storage/v1/object/upload/sign/${PDFS}/${path}?token=${signed!.token}`);
    const claims = JSON.parse(Buffer.from(signed!.token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ url: `${PDFS}/${path}`, upsert: false, scope: 'upload' });
    expect(claims.exp - claims.iat).toBe(7200);

    const bytes = pdfOfSize(4_900_000);
    const up = await anonClient().storage.from(PDFS).uploadToSignedUrl(path, signed!.token, bytes, { contentType: 'application/pdf' });
    expect(up.error).toBeNull();
    expect(up.data).toEqual({ path, fullPath: `${PDFS}/${path}` });

    const [row, ...more] = await rows(PDFS, path);
    expect(more).toHaveLength(0);
    expect(row.owner).toBeNull();
    expect(row.metadata).toMatchObject({
      eTag: md5(bytes),
      size: bytes.length,
      mimetype: 'application/pdf',
      cacheControl: 'max-age=3600',
      contentLength: bytes.length,
      httpStatusCode: 200,
    });
    expect(new Date(row.metadata.lastModified as string).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(fs.readFileSync(nodePath.join(storageDir(PDFS), ...path.split('/'))).equals(bytes)).toBe(true);
    expect(fs.readdirSync(`${storageDir(PDFS)}/acme`).filter((f) => f.startsWith('.'))).toEqual([]);

    const down = await service.storage.from(PDFS).download(path);
    expect(Buffer.from(await down.data!.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('takes a Blob as multipart/form-data too (what a browser File sends)', async () => {
    const path = `acme/${randomUUID()}.pdf`;
    const { data: signed } = await service.storage.from(PDFS).createSignedUploadUrl(path);
    const bytes = pdfOfSize(300_000);
    const up = await anonClient()
      .storage.from(PDFS)
      .uploadToSignedUrl(path, signed!.token, new Blob([bytes], { type: 'application/pdf' }));
    expect(up.error).toBeNull();
    const [row] = await rows(PDFS, path);
    expect(row.metadata).toMatchObject({ eTag: md5(bytes), size: bytes.length, mimetype: 'application/pdf', cacheControl: 'max-age=3600' });
    const down = await service.storage.from(PDFS).download(path);
    expect(Buffer.from(await down.data!.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('refuses to overwrite (409 Duplicate) unless the token says upsert', async () => {
    const path = `acme/${randomUUID()}.pdf`;
    const { data: signed } = await service.storage.from(PDFS).createSignedUploadUrl(path);
    expect(
      (await anonClient().storage.from(PDFS).uploadToSignedUrl(path, signed!.token, pdfOfSize(1000), { contentType: 'application/pdf' })).error,
    ).toBeNull();
    const again = await anonClient()
      .storage.from(PDFS)
      .uploadToSignedUrl(path, signed!.token, pdfOfSize(2000), { contentType: 'application/pdf', upsert: true });
    expect(again.error).toMatchObject({ status: 400, statusCode: '409', message: 'The resource already exists' });
    expect((await rows(PDFS, path))[0].metadata.size).toBe(1000);
    // A fresh signed upload URL for an existing object is refused up front too.
    const resign = await service.storage.from(PDFS).createSignedUploadUrl(path);
    expect(resign.error).toMatchObject({ status: 400, statusCode: '409' });

    const { data: upsert } = await service.storage.from(PDFS).createSignedUploadUrl(path, { upsert: true });
    const replaced = pdfOfSize(3000);
    expect(
      (await anonClient().storage.from(PDFS).uploadToSignedUrl(path, upsert!.token, replaced, { contentType: 'application/pdf' })).error,
    ).toBeNull();
    const after = await rows(PDFS, path);
    expect(after).toHaveLength(1);
    expect(after[0].metadata).toMatchObject({ size: 3000, eTag: md5(replaced) });
  });

  it('answers the body shape Storage sends for a duplicate', async () => {
    const path = `acme/${randomUUID()}.pdf`;
    const { data: signed } = await service.storage.from(PDFS).createSignedUploadUrl(path);
    const put = () =>
      raw('PUT', `/storage/v1/object/upload/sign/${PDFS}/${path}?token=${signed!.token}`, { 'content-type': 'application/pdf' }, pdfOfSize(100));
    expect((await put()).status).toBe(200);
    const dup = await put();
    expect(dup.status).toBe(400);
    expect(dup.json).toEqual({ statusCode: '409', code: 'KeyAlreadyExists', error: 'Duplicate', message: 'The resource already exists' });
  });

  it('refuses a token for another path, an expired token, a tampered token and a download token', async () => {
    const path = `acme/${randomUUID()}.pdf`;
    const { data: signed } = await service.storage.from(PDFS).createSignedUploadUrl(path);
    const put = (p: string, token: string) =>
      anonClient().storage.from(PDFS).uploadToSignedUrl(p, token, pdfOfSize(100), { contentType: 'application/pdf' });

    expect((await put(`acme/${randomUUID()}.pdf`, signed!.token)).error).toMatchObject({
      status: 400,
      statusCode: '400',
      message: 'Invalid signature',
    });
    const expired = signJwt({ url: `${PDFS}/${path}`, upsert: false, scope: 'upload', iat: now() - 7300, exp: now() - 100 }, JWT_SECRET);
    expect((await put(path, expired)).error).toMatchObject({ status: 400, statusCode: '400', message: '"exp" claim timestamp check failed' });
    const [h, , s] = signed!.token.split('.');
    const widened = Buffer.from(JSON.stringify({ url: `${PDFS}/${path}`, upsert: true, scope: 'upload', exp: now() + 99999 })).toString('base64url');
    expect((await put(path, `${h}.${widened}.${s}`)).error).toMatchObject({ status: 400, message: 'signature verification failed' });

    expect((await put(path, signed!.token)).error).toBeNull();
    const { data: read } = await service.storage.from(PDFS).createSignedUrl(path, 60);
    const downloadToken = new URL(read!.signedUrl).searchParams.get('token')!;
    expect((await put(path, downloadToken)).error).toMatchObject({ statusCode: '400', message: 'Token is not scoped for upload' });
    expect(await rows(PDFS, path)).toHaveLength(1);
  });

  it('also takes the signed upload as POST multipart/form-data (a plain browser form post)', async () => {
    const path = `acme/${randomUUID()}.pdf`;
    const { data: signed } = await service.storage.from(PDFS).createSignedUploadUrl(path);
    const bytes = pdfOfSize(10_000);
    const form = new FormData();
    form.append('cacheControl', '60');
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'cv.pdf');
    const res = await fetch(signed!.signedUrl, { method: 'POST', body: form });
    expect([res.status, await res.json()]).toEqual([200, { Key: `${PDFS}/${path}` }]);
    expect((await rows(PDFS, path))[0].metadata).toMatchObject({ size: bytes.length, cacheControl: 'max-age=60', eTag: md5(bytes) });
  });

  it('leaves neither a row nor a temp file when the client goes away mid-upload', async () => {
    const path = `acme/${randomUUID()}.pdf`;
    const { data: signed } = await service.storage.from(PDFS).createSignedUploadUrl(path);
    const url = new URL(signed!.signedUrl);
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: url.hostname,
        port: url.port,
        method: 'PUT',
        path: url.pathname + url.search,
        headers: { 'content-type': 'application/pdf', 'content-length': String(MiB) },
      });
      req.on('error', () => resolve());
      req.write(pdfOfSize(200_000), () => setTimeout(() => req.destroy(), 100));
      req.on('close', () => resolve());
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(await rows(PDFS, path)).toHaveLength(0);
    expect(fs.readdirSync(`${storageDir(PDFS)}/acme`).filter((f) => f.startsWith('.'))).toEqual([]);
    // The same URL still works afterwards: the candidate can retry.
    expect(
      (await anonClient().storage.from(PDFS).uploadToSignedUrl(path, signed!.token, pdfOfSize(1000), { contentType: 'application/pdf' })).error,
    ).toBeNull();
  });

  it('asks the INSERT policy before signing: anon and another org are refused', async () => {
    const anon = await anonClient().storage.from(PDFS).createSignedUploadUrl(`acme/${randomUUID()}.pdf`);
    expect(anon.error).toMatchObject({ status: 400, statusCode: '403', message: 'new row violates row-level security policy' });
    const other = await globex.client.storage.from(PDFS).createSignedUploadUrl(`acme/${randomUUID()}.pdf`);
    expect(other.error).toMatchObject({ statusCode: '403' });
    const own = await acme.client.storage.from(PDFS).createSignedUploadUrl(`acme/${randomUUID()}.pdf`);
    expect(own.error).toBeNull();
    const owner = JSON.parse(Buffer.from(own.data!.token.split('.')[1], 'base64url').toString()).owner;
    expect(owner).toBe(JSON.parse(Buffer.from(acme.token.split('.')[1], 'base64url').toString()).sub);
  });
});

describe('bucket limits', () => {
  it('refuses a file over file_size_limit with 413 Payload too large and keeps nothing', async () => {
    const path = `acme/${randomUUID()}.pdf`;
    const { data: signed } = await service.storage.from(PDFS).createSignedUploadUrl(path);
    const { error } = await anonClient()
      .storage.from(PDFS)
      .uploadToSignedUrl(path, signed!.token, pdfOfSize(5 * MiB + 1), { contentType: 'application/pdf' });
    expect(error).toMatchObject({ status: 400, statusCode: '413', message: 'The object exceeded the maximum allowed size' });
    expect(await rows(PDFS, path)).toHaveLength(0);
    expect(fs.existsSync(`${storageDir(PDFS)}/${path}`)).toBe(false);
  });

  it('gets the 413 to a fetch still streaming an oversized body, every time, and keeps nothing', async () => {
    // The client keeps streaming pieces as fast as the socket takes them while the refusal is already on its way: the
    // connection may close only after the rest is read, or the reset overtakes the answer and fetch sees EPIPE.
    const size = 8 * MiB;
    const piece = pdfOfSize(64 * 1024);
    const answers: string[] = [];
    const paths: string[] = [];
    for (let i = 0; i < 5; i++) {
      const path = `acme/${randomUUID()}.pdf`;
      paths.push(path);
      const { data: signed } = await service.storage.from(PDFS).createSignedUploadUrl(path);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= size) return controller.close();
          sent += piece.length;
          controller.enqueue(piece);
        },
      });
      const init = { method: 'PUT', headers: { 'content-type': 'application/pdf', 'content-length': String(size) }, body, duplex: 'half' };
      const answer = await fetch(signed!.signedUrl, init as RequestInit).then(
        async (res) => `${res.status} ${await res.text()}`,
        (e: Error) => `network error: ${(e.cause as Error | undefined)?.message ?? e.message}`,
      );
      answers.push(answer);
    }
    const refusal = {
      statusCode: '413',
      error: 'Payload too large',
      message: 'The object exceeded the maximum allowed size',
      code: 'EntityTooLarge',
    };
    expect(answers).toEqual(Array(5).fill(`400 ${JSON.stringify(refusal)}`));
    for (const path of paths) {
      expect(await rows(PDFS, path)).toHaveLength(0);
      expect(fs.existsSync(`${storageDir(PDFS)}/${path}`)).toBe(false);
    }
  });

  it('stops reading at the limit when no Content-Length is given (chunked body), answering before the body ends', async () => {
    const path = `acme/${randomUUID()}.pdf`;
    const { data: signed } = await service.storage.from(PDFS).createSignedUploadUrl(path);
    const url = new URL(signed!.signedUrl);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: 'PUT',
          path: url.pathname + url.search,
          headers: { 'content-type': 'application/pdf', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => {
            resolve({ status: res.statusCode!, body });
            req.destroy();
          });
        },
      );
      req.on('error', reject);
      // 6 MiB in 64 KiB chunks, but never end the request: the answer must come anyway.
      const chunk = randomBytes(64 * 1024);
      for (let i = 0; i < 96; i++) req.write(chunk);
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      statusCode: '413',
      code: 'EntityTooLarge',
      error: 'Payload too large',
      message: 'The object exceeded the maximum allowed size',
    });
    expect(await rows(PDFS, path)).toHaveLength(0);
  });

  it('refuses a MIME type outside allowed_mime_types with 415 invalid_mime_type', async () => {
    const path = `acme/${randomUUID()}.pdf`;
    const { data: signed } = await service.storage.from(PDFS).createSignedUploadUrl(path);
    const { error } = await anonClient()
      .storage.from(PDFS)
      .uploadToSignedUrl(path, signed!.token, Buffer.from('hello'), { contentType: 'text/plain' });
    expect(error).toMatchObject({ status: 400, statusCode: '415', message: 'mime type text/plain is not supported' });
    const res = await raw(
      'PUT',
      `/storage/v1/object/upload/sign/${PDFS}/${path}?token=${signed!.token}`,
      { 'content-type': 'image/png' },
      Buffer.from('png'),
    );
    expect(res.json).toMatchObject({ statusCode: '415', error: 'invalid_mime_type' });
  });
});

describe('authenticated uploads under the caller’s policies', () => {
  it('upload, x-upsert and update as a member of the folder’s org', async () => {
    const path = `acme/notes/${randomUUID()}.txt`;
    const files = acme.client.storage.from(FILES);
    const first = await files.upload(path, Buffer.from('v1'), { contentType: 'text/plain' });
    expect(first.error).toBeNull();
    expect(first.data).toMatchObject({ path, fullPath: `${FILES}/${path}` });
    expect(first.data!.id).toMatch(/^[0-9a-f-]{36}$/);
    const [row] = await rows(FILES, path);
    expect(row.owner).toBe(JSON.parse(Buffer.from(acme.token.split('.')[1], 'base64url').toString()).sub);

    expect((await files.upload(path, Buffer.from('v2'), { contentType: 'text/plain' })).error).toMatchObject({ statusCode: '409' });
    expect((await files.upload(path, Buffer.from('v2'), { contentType: 'text/plain', upsert: true })).error).toBeNull();
    expect((await files.update(path, Buffer.from('v3'), { contentType: 'text/plain' })).error).toBeNull();
    expect(await (await files.download(path)).data!.text()).toBe('v3');
    expect(await rows(FILES, path)).toHaveLength(1);
  });

  it('refuses another org’s folder, anon, and a bad JWT (AccessDenied)', async () => {
    const path = `acme/${randomUUID()}.txt`;
    expect((await globex.client.storage.from(FILES).upload(path, Buffer.from('x'))).error).toMatchObject({
      status: 400,
      statusCode: '403',
      message: 'new row violates row-level security policy',
    });
    expect((await anonClient().storage.from(FILES).upload(path, Buffer.from('x'))).error).toMatchObject({ statusCode: '403' });
    const expired = member('acme', 'recruiter', now() - 10);
    const res = await expired.client.storage.from(FILES).upload(path, Buffer.from('x'));
    expect(res.error).toMatchObject({ status: 400, statusCode: '403', message: '"exp" claim timestamp check failed' });
    const forged = await raw(
      'POST',
      `/storage/v1/object/${FILES}/${path}`,
      { authorization: `Bearer ${acme.token.slice(0, -3)}abc` },
      Buffer.from('x'),
    );
    expect(forged.json).toEqual({ statusCode: '403', code: 'AccessDenied', error: 'Unauthorized', message: 'signature verification failed' });
    expect(await rows(FILES, path)).toHaveLength(0);
  });

  it('streams a Node stream body (duplex: half, chunked) straight through', async () => {
    const bytes = randomBytes(1_500_000);
    const file = nodePath.join(stack.dataDir, `stream-${run}.bin`);
    fs.writeFileSync(file, bytes);
    const path = `acme/${randomUUID()}.bin`;
    const up = await acme.client.storage.from(FILES).upload(path, fs.createReadStream(file), { contentType: 'application/octet-stream' });
    fs.rmSync(file);
    expect(up.error).toBeNull();
    expect((await rows(FILES, path))[0].metadata).toMatchObject({ size: bytes.length, eTag: md5(bytes), mimetype: 'application/octet-stream' });
    expect(Buffer.from(await (await acme.client.storage.from(FILES).download(path)).data!.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('keeps exactly one row when two uploads race for the same new path', async () => {
    const path = `acme/race/${randomUUID()}.txt`;
    const results = await Promise.all([1, 2, 3].map((n) => acme.client.storage.from(FILES).upload(path, Buffer.from(`writer ${n}`.repeat(10_000)))));
    expect(results.filter((r) => r.error === null)).toHaveLength(1);
    expect(results.filter((r) => r.error?.statusCode === '409')).toHaveLength(2);
    const [row, ...more] = await rows(FILES, path);
    expect(more).toHaveLength(0);
    expect(fs.statSync(`${storageDir(FILES)}/${path}`).size).toBe(row.metadata.size);
  });
});

describe('downloads and signed URLs', () => {
  const path = `acme/cv/${randomUUID()}.pdf`;
  const bytes = pdfOfSize(200_000);
  beforeAll(async () => {
    expect((await acme.client.storage.from(PDFS).upload(path, bytes, { contentType: 'application/pdf' })).error).toBeNull();
  });

  it('downloads under RLS: own org yes, another org and anon get Object not found', async () => {
    expect(Buffer.from(await (await acme.client.storage.from(PDFS).download(path)).data!.arrayBuffer()).equals(bytes)).toBe(true);
    for (const client of [globex.client, anonClient()]) {
      const { error } = await client.storage.from(PDFS).download(path);
      expect(error?.status).toBe(400);
    }
    const res = await raw('GET', `/storage/v1/object/authenticated/${PDFS}/${path}`, { authorization: `Bearer ${globex.token}` });
    expect(res.json).toEqual({ statusCode: '404', code: 'NoSuchKey', error: 'not_found', message: 'Object not found' });
    // The anon key is a valid JWT, so a private bucket answers from RLS; with no valid JWT at all the bucket is hidden.
    expect((await raw('GET', `/storage/v1/object/${PDFS}/${path}`)).json).toMatchObject({ statusCode: '404', error: 'not_found' });
    const unsigned = await raw('GET', `/storage/v1/object/${PDFS}/${path}`, { authorization: 'Bearer not-a-jwt' });
    expect(unsigned.json).toMatchObject({ statusCode: '404', error: 'Bucket not found' });
  });

  it('exists and info (HEAD and /object/info)', async () => {
    expect((await acme.client.storage.from(PDFS).exists(path)).data).toBe(true);
    expect((await globex.client.storage.from(PDFS).exists(path)).data).toBe(false);
    const info = await acme.client.storage.from(PDFS).info(path);
    expect(info.error).toBeNull();
    expect(info.data).toMatchObject({ name: path, bucketId: PDFS, size: bytes.length, contentType: 'application/pdf', etag: md5(bytes) });
  });

  it('createSignedUrl serves the bytes with Content-Type, Content-Length, ETag, and Content-Disposition on download', async () => {
    const { data, error } = await acme.client.storage.from(PDFS).createSignedUrl(path, 60);
    expect(error).toBeNull();
    expect(data!.signedUrl).toMatch(new RegExp(`^${stack.apiUrl}/storage/v1/object/sign/${PDFS}/${path}\\?token=`));
    const res = await fetch(data!.signedUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect(res.headers.get('etag')).toBe(md5(bytes));
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);

    const named = await acme.client.storage.from(PDFS).createSignedUrl(path, 60, { download: 'CV final.pdf' });
    const dl = await fetch(named.data!.signedUrl);
    expect(dl.headers.get('content-disposition')).toBe(`attachment; filename=CV%20final.pdf; filename*=UTF-8''CV%20final.pdf`);
    await dl.arrayBuffer();
    // A non-ASCII name, sent once-encoded (supabase-js encodes it twice, and Storage then echoes that).
    const unicode = await fetch(`${data!.signedUrl}&download=${encodeURIComponent('CV – Ada.pdf')}`);
    const encoded = encodeURIComponent('CV – Ada.pdf');
    expect(unicode.headers.get('content-disposition')).toBe(`attachment; filename=${encoded}; filename*=UTF-8''${encoded}`);
    await unicode.arrayBuffer();
    const bare = await fetch((await acme.client.storage.from(PDFS).createSignedUrl(path, 60, { download: true })).data!.signedUrl);
    expect(bare.headers.get('content-disposition')).toBe('attachment;');
    await bare.arrayBuffer();

    const ranged = await fetch(data!.signedUrl, { headers: { range: 'bytes=0-4' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 0-4/${bytes.length}`);
    expect(await ranged.text()).toBe('%PDF-');
  });

  it('refuses to sign what the caller cannot read (400, statusCode 404, Object not found)', async () => {
    const { error } = await globex.client.storage.from(PDFS).createSignedUrl(path, 60);
    expect(error).toMatchObject({ status: 400, statusCode: '404', message: 'Object not found' });
    expect((await anonClient().storage.from(PDFS).createSignedUrl(path, 60)).error).toMatchObject({ statusCode: '404' });
    expect((await acme.client.storage.from(PDFS).createSignedUrl(path, 0)).error).toMatchObject({ status: 400, statusCode: '400' });
  });

  it('createSignedUrls signs only the visible objects', async () => {
    const missing = `acme/${randomUUID()}.pdf`;
    const { data, error } = await acme.client.storage.from(PDFS).createSignedUrls([path, missing], 60);
    expect(error).toBeNull();
    expect(data![0]).toMatchObject({ error: null, path });
    expect(data![0].signedUrl).toContain(`/storage/v1/object/sign/${PDFS}/${path}?token=`);
    expect(data![1]).toEqual({
      error: 'Either the object does not exist or you do not have access to it',
      path: missing,
      signedURL: null,
      signedUrl: null,
    });
    const other = await globex.client.storage.from(PDFS).createSignedUrls([path], 60);
    expect(other.data![0].signedUrl).toBeNull();
    expect((await fetch(data![0].signedUrl!)).status).toBe(200);
  });

  it('refuses expired, tampered and other-path download tokens', async () => {
    const { data } = await acme.client.storage.from(PDFS).createSignedUrl(path, 60);
    const token = new URL(data!.signedUrl).searchParams.get('token')!;
    const get = async (p: string, t: string) => (await raw('GET', `/storage/v1/object/sign/${PDFS}/${p}?token=${t}`)).json;
    expect(await get(path, signJwt({ url: `${PDFS}/${path}`, scope: 'download', exp: now() - 1 }, JWT_SECRET))).toMatchObject({
      statusCode: '400',
      code: 'InvalidJWT',
    });
    expect(await get(path, `${token}x`)).toMatchObject({ code: 'InvalidJWT', message: 'signature verification failed' });
    expect(await get(`acme/${randomUUID()}.pdf`, token)).toMatchObject({ code: 'InvalidSignature', message: 'Invalid signature' });
    expect(await get(path, signJwt({ url: `${PDFS}/${path}`, upsert: false, scope: 'upload', exp: now() + 60 }, JWT_SECRET))).toMatchObject({
      message: 'Token is not scoped for download',
    });
  });
});

describe('list and remove', () => {
  const base = `acme/list-${run}`;
  beforeAll(async () => {
    for (const name of ['b.txt', 'A.txt', 'sub/one.txt', 'sub/two.txt', 'deeper/x/y.txt']) {
      expect((await acme.client.storage.from(FILES).upload(`${base}/${name}`, Buffer.from(name))).error).toBeNull();
    }
    expect((await globex.client.storage.from(FILES).upload(`globex/list-${run}/hidden.txt`, Buffer.from('g'))).error).toBeNull();
  });

  it('lists one level with folders as {name, id: null}, sorted by name like storage.search()', async () => {
    const { data, error } = await acme.client.storage.from(FILES).list(base);
    expect(error).toBeNull();
    expect(data!.map((e) => [e.name, e.id === null])).toEqual([
      ['A.txt', false],
      ['b.txt', false],
      ['deeper', true],
      ['sub', true],
    ]);
    const file = data!.find((e) => e.name === 'A.txt')!;
    expect(file.metadata).toMatchObject({ size: 5, mimetype: 'text/plain;charset=UTF-8' });
    expect(file.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(data!.find((e) => e.name === 'sub')).toEqual({
      name: 'sub',
      id: null,
      updated_at: null,
      created_at: null,
      last_accessed_at: null,
      metadata: null,
    });
  });

  it('honours limit, offset, search and sortBy', async () => {
    const files = acme.client.storage.from(FILES);
    expect((await files.list(base, { limit: 2, offset: 1 })).data!.map((e) => e.name)).toEqual(['b.txt', 'deeper']);
    expect((await files.list(base, { search: 'a' })).data!.map((e) => e.name)).toEqual(['A.txt']);
    expect((await files.list(`${base}/sub`, { sortBy: { column: 'name', order: 'desc' } })).data!.map((e) => e.name)).toEqual(['two.txt', 'one.txt']);
    expect((await files.list(base, { sortBy: { column: 'created_at', order: 'asc' } })).data!.map((e) => e.name)).toEqual([
      'deeper',
      'sub',
      'b.txt',
      'A.txt',
    ]);
  });

  it('lists only what the caller’s policies show', async () => {
    const top = (await acme.client.storage.from(FILES).list('')).data!.map((e) => e.name);
    expect(top).toContain('acme');
    expect(top).not.toContain('globex');
    expect((await anonClient().storage.from(FILES).list(base)).data).toEqual([]);
  });

  it('remove deletes only what the DELETE policy allows, returns those rows, and takes the bytes', async () => {
    const targets = [`${base}/b.txt`, `${base}/sub/one.txt`, `globex/list-${run}/hidden.txt`, `${base}/missing.txt`];
    const recruiter = await acme.client.storage.from(FILES).remove(targets);
    expect(recruiter).toEqual({ data: [], error: null });
    const owner = await acmeOwner.client.storage.from(FILES).remove(targets);
    expect(owner.error).toBeNull();
    expect(owner.data!.map((r) => r.name).sort()).toEqual([`${base}/b.txt`, `${base}/sub/one.txt`]);
    expect(owner.data![0]).toMatchObject({ bucket_id: FILES, metadata: expect.objectContaining({ size: expect.any(Number) }) });
    expect(await rows(FILES, `${base}/b.txt`)).toHaveLength(0);
    expect(fs.existsSync(`${storageDir(FILES)}/${base}/b.txt`)).toBe(false);
    expect(fs.existsSync(`${storageDir(FILES)}/${base}/sub/two.txt`)).toBe(true);
    expect(await rows(FILES, `globex/list-${run}/hidden.txt`)).toHaveLength(1);
  });

  it('DELETE of one object: Object not found, Access denied, then Successfully deleted', async () => {
    const del = (token: string, p: string) => raw('DELETE', `/storage/v1/object/${FILES}/${p}`, { authorization: `Bearer ${token}` });
    expect((await del(acmeOwner.token, `${base}/nope.txt`)).json).toMatchObject({ statusCode: '404', error: 'not_found' });
    expect((await del(acme.token, `${base}/A.txt`)).json).toMatchObject({ statusCode: '403', message: 'Access denied' });
    const ok = await del(acmeOwner.token, `${base}/A.txt`);
    expect([ok.status, ok.json]).toEqual([200, { message: 'Successfully deleted' }]);
    expect(fs.existsSync(`${storageDir(FILES)}/${base}/A.txt`)).toBe(false);
  });
});

describe('keys that try to leave the bucket', () => {
  it.each([
    `/storage/v1/object/${FILES}/acme/../../escape.txt`,
    `/storage/v1/object/${FILES}/acme/%2e%2e/%2E%2E/escape.txt`,
    `/storage/v1/object/${FILES}/acme%2F..%2F..%2Fescape.txt`,
    `/storage/v1/object/${FILES}/acme/..%5C..%5Cescape.txt`,
    `/storage/v1/object/${FILES}/acme/a\\b.txt`,
    `/storage/v1/object/${FILES}/acme/a%00.txt`,
    `/storage/v1/object/${FILES}/acme//double.txt`,
    `/storage/v1/object/upload/sign/${FILES}/acme/../x.txt`,
  ])('%s → 400 InvalidKey, nothing written', async (target) => {
    const res = await raw('POST', target, { authorization: `Bearer ${acme.token}`, 'content-type': 'text/plain' }, Buffer.from('x'));
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ statusCode: '400', code: 'InvalidKey' });
    expect(fs.existsSync(nodePath.join(stack.dataDir, 'storage', 'escape.txt'))).toBe(false);
  });

  // Storage does not check names in JSON bodies (object.ts signObjectUrls, searchObjects, deleteObjects): Postgres refuses
  // the NUL (22021) and DBError.fromDBError makes that a 500 DatabaseError, as it does every code but 22P02.
  it('a NUL in a name inside a JSON body is the 500 DatabaseError the real server sends, and nothing is written', async () => {
    const files = acme.client.storage.from(FILES);
    const refused = { status: 500, statusCode: '500', message: 'database error, code: 22021' };
    expect((await files.createSignedUrls(['acme/\u0000.txt'], 60)).error).toMatchObject(refused);
    expect((await files.list('acme/\u0000')).error).toMatchObject(refused);
    expect((await files.remove(['acme/\u0000'])).error).toMatchObject(refused);
    expect((await files.upload('acme/a-file', Buffer.from('x'))).error).toBeNull();
    expect((await files.upload('acme/a-file/below', Buffer.from('x'))).error).toMatchObject({ status: 400, statusCode: '400' });
    expect(await rows(FILES, 'acme/a-file/below')).toHaveLength(0);
  });

  it('an encoded bucket name cannot climb out either', async () => {
    const res = await raw('GET', '/storage/v1/object/authenticated/%2e%2e/config.toml', { authorization: `Bearer ${acme.token}` });
    expect(res.json).toMatchObject({ statusCode: '400', code: 'InvalidBucketName' });
  });
});

describe('buckets and bookkeeping', () => {
  it('the service role manages buckets; anon sees none', async () => {
    const id = `made-${run}`;
    expect(await service.storage.createBucket(id, { public: false, fileSizeLimit: '1MB', allowedMimeTypes: ['application/pdf'] })).toEqual({
      data: { name: id },
      error: null,
    });
    expect((await service.storage.createBucket(id)).error).toMatchObject({ statusCode: '409', message: 'The resource already exists' });
    const { data } = await service.storage.getBucket(id);
    expect(data).toMatchObject({ id, name: id, public: false, file_size_limit: 1_000_000, allowed_mime_types: ['application/pdf'] });
    expect((await service.storage.listBuckets()).data!.map((b) => b.id)).toContain(id);
    expect((await anonClient().storage.getBucket(id)).error).toMatchObject({ statusCode: '404', message: 'Bucket not found' });
    expect((await service.storage.deleteBucket(id)).error).toBeNull();
  });

  it('has exactly one storage.objects row per stored file, and no temp files left behind', async () => {
    for (const bucket of [PDFS, FILES]) {
      const names = (await rows(bucket)).map((r) => r.name).sort();
      const onDisk: string[] = [];
      const walk = (dir: string, rel: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const p = rel ? `${rel}/${entry.name}` : entry.name;
          if (entry.isDirectory()) walk(nodePath.join(dir, entry.name), p);
          else onDisk.push(p);
        }
      };
      walk(storageDir(bucket), '');
      expect(onDisk.sort()).toEqual(names);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
