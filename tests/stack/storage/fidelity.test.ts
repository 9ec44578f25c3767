// Where the local /storage/v1 once differed from the real Storage server (v1.70, run from its source on the same
// requests): direct SQL deletes, database errors, validation error names, jose's JWT messages, a bucket's owner.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_SECRET } from '../../../stack/config.ts';
import { signJwt } from '../../../stack/jwt.ts';
import { rolledBack } from '../../app/db/as-role.ts';
import { serviceClient, sql, stack } from '../../support/clients.ts';

const BUCKET = `fidelity-${randomUUID().slice(0, 8)}`;
const service = serviceClient();
const b64 = (v: string) => Buffer.from(v).toString('base64url');

async function call(method: string, path: string, init: { token?: string; body?: string; contentType?: string } = {}) {
  const res = await fetch(`${stack.apiUrl}/storage/v1${path}`, {
    method,
    headers: {
      apikey: stack.anonKey,
      authorization: `Bearer ${init.token ?? stack.serviceRoleKey}`,
      ...(init.body !== undefined ? { 'content-type': init.contentType ?? 'application/json' } : {}),
    },
    body: init.body,
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  expect((await service.storage.createBucket(BUCKET, { public: false })).error).toBeNull();
});

afterAll(async () => {
  const names = (await sql<{ name: string }>('select name from storage.objects where bucket_id = $1', [BUCKET])).map((r) => r.name);
  if (names.length) await service.storage.from(BUCKET).remove(names);
  await service.storage.deleteBucket(BUCKET);
});

describe('direct SQL deletes (storage.protect_delete, migrations/tenant/0055-prevent-direct-deletes.sql)', () => {
  it('refuses a DELETE on storage.objects or storage.buckets with 42501, even one matching no row', async () => {
    for (const statement of ['delete from storage.objects where bucket_id = $1', 'delete from storage.buckets where id = $1']) {
      const refusal = await sql(statement, [BUCKET]).catch((e: { code: string; message: string; hint: string }) => e);
      expect(refusal).toMatchObject({
        code: '42501',
        message: 'Direct deletion from storage tables is not allowed. Use the Storage API instead.',
        hint: 'This prevents accidental data loss from orphaned objects.',
      });
    }
  });

  it('lets a transaction that sets storage.allow_delete_query delete, as Storage itself does', async () => {
    const name = `${randomUUID()}.txt`;
    expect((await service.storage.from(BUCKET).upload(name, Buffer.from('x'))).error).toBeNull();
    const deleted = await rolledBack(async (tx) => {
      await tx.query(`select set_config('storage.allow_delete_query', 'true', true)`);
      return tx.query('delete from storage.objects where bucket_id = $1 and name = $2 returning name', [BUCKET, name]);
    });
    expect(deleted).toEqual([{ name }]);
  });

  it('removes objects and buckets through the API (its transactions carry the allowance)', async () => {
    const name = `${randomUUID()}.txt`;
    expect((await service.storage.from(BUCKET).upload(name, Buffer.from('x'))).error).toBeNull();
    expect((await service.storage.from(BUCKET).remove([name])).data).toHaveLength(1);
    const single = `${randomUUID()}.txt`;
    expect((await service.storage.from(BUCKET).upload(single, Buffer.from('x'))).error).toBeNull();
    expect(await call('DELETE', `/object/${BUCKET}/${single}`)).toEqual({ status: 200, json: { message: 'Successfully deleted' } });
    const spare = `spare-${randomUUID().slice(0, 8)}`;
    expect((await service.storage.createBucket(spare)).error).toBeNull();
    expect((await service.storage.deleteBucket(spare)).data).toEqual({ message: 'Successfully deleted' });
    expect(await sql('select 1 from storage.objects where bucket_id = $1 and name = any($2)', [BUCKET, [name, single]])).toEqual([]);
  });
});

describe('answers', () => {
  it('a validly signed JWT with an unknown role is a 500 DatabaseError (only 22P02 is InvalidParameter upstream)', async () => {
    const token = signJwt({ role: 'no_such_role', exp: Math.floor(Date.now() / 1000) + 60 }, JWT_SECRET);
    expect(await call('GET', `/bucket/${BUCKET}`, { token })).toEqual({
      status: 500,
      json: { statusCode: '500', code: 'DatabaseError', error: 'DatabaseError', message: 'database error, code: 22023' },
    });
  });

  it('a trigger refusing a storage.objects row (23514) is a 500 DatabaseError, not a 400', async () => {
    const schema = `fidelity_${randomUUID().slice(0, 8)}`;
    await sql(`create schema ${schema}`);
    await sql(
      `create function ${schema}.refuse() returns trigger language plpgsql as $$ begin raise exception 'refused' using errcode = '23514'; end $$`,
    );
    await sql(
      `create trigger ${schema} before insert on storage.objects for each row when (new.name = '${schema}.txt') execute function ${schema}.refuse()`,
    );
    try {
      const res = await fetch(`${stack.apiUrl}/storage/v1/object/${BUCKET}/${schema}.txt`, {
        method: 'POST',
        headers: { apikey: stack.anonKey, authorization: `Bearer ${stack.serviceRoleKey}`, 'content-type': 'text/plain' },
        body: 'x',
      });
      expect({ status: res.status, json: await res.json() }).toEqual({
        status: 500,
        json: { statusCode: '500', code: 'DatabaseError', error: 'DatabaseError', message: 'database error, code: 23514' },
      });
    } finally {
      await sql(`drop schema ${schema} cascade`); // takes the trigger with it, as hosted postgres may not drop it by name
    }
  });

  it("request validation errors are fastify's: schema errors named Error, body-parser errors FastifyError", async () => {
    expect(await call('POST', `/object/sign/${BUCKET}/a.txt`, { body: JSON.stringify({ expiresIn: 0 }) })).toEqual({
      status: 400,
      json: { statusCode: '400', code: 'InvalidRequest', error: 'Error', message: 'body/expiresIn must be >= 1' },
    });
    expect(await call('POST', `/object/sign/${BUCKET}/a.txt`, { body: '{not json' })).toEqual({
      status: 400,
      json: {
        statusCode: '400',
        code: 'InvalidRequest',
        error: 'FastifyError',
        message: "Body is not valid JSON but content-type is set to 'application/json'",
      },
    });
  });

  it("a malformed JWT is refused in jose's words", async () => {
    const valid = signJwt({ role: 'service_role' }, JWT_SECRET);
    const [head, body, sig] = valid.split('.');
    const cases: [string, string][] = [
      ['not-a-jwt', 'Invalid Compact JWS'],
      [`${b64('{oops')}.${body}.${sig}`, 'JWS Protected Header is invalid'],
      [`${b64('{"typ":"JWT"}')}.${body}.${sig}`, 'JWS "alg" (Algorithm) Header Parameter missing or invalid'],
      [`${b64('{"alg":"none"}')}.${body}.`, '"alg" (Algorithm) Header Parameter value not allowed'],
      [`${head}.${b64('{"role":"anon"}')}.${sig}`, 'signature verification failed'],
      [signJwt('[1]' as unknown as Record<string, unknown>, JWT_SECRET), 'JWT Claims Set must be a top-level JSON object'],
    ];
    for (const [token, message] of cases) {
      expect((await call('GET', '/bucket', { token })).json, token).toEqual({
        statusCode: '403',
        code: 'AccessDenied',
        error: 'Unauthorized',
        message,
      });
    }
  });

  it('a bucket made without an owner lists and reads its owner as ""', async () => {
    const { data } = await service.storage.getBucket(BUCKET);
    expect(data).toMatchObject({ id: BUCKET, owner: '' });
    expect((await service.storage.listBuckets()).data?.find((b) => b.id === BUCKET)).toMatchObject({ owner: '' });
  });

  it('a bucket read alone has no type; the bucket list says type STANDARD (getBucket.ts and getAllBuckets.ts column lists)', async () => {
    expect((await call('GET', `/bucket/${BUCKET}`)).json).not.toHaveProperty('type');
    expect((await service.storage.listBuckets()).data?.find((b) => b.id === BUCKET)).toMatchObject({ type: 'STANDARD' });
  });
});
