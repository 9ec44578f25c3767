import { describe, expect, it } from 'vitest';
import { ERRORS, fromPgError } from './errors.ts';

const body = (e: unknown) =>
  (e as { body: unknown; status: number } | null) && { status: (e as { status: number }).status, ...(e as { body: object }).body };

describe("fromPgError follows src/storage/database/errors.ts's DBError.fromDBError", () => {
  it("makes only 22P02 the caller's input; other data, constraint and raised errors are 500 DatabaseError", () => {
    expect(body(fromPgError({ code: '22P02', message: 'invalid input syntax for type uuid: "x"' }))).toEqual({
      status: 400,
      statusCode: '400',
      code: 'InvalidParameter',
      error: 'InvalidParameter',
      message: 'invalid input syntax for type uuid: "x"',
    });
    for (const code of ['22023', '22001', '23514', '23502', 'P0001', 'XX000']) {
      expect(body(fromPgError({ code, message: 'no' }))).toEqual({
        status: 500,
        statusCode: '500',
        code: 'DatabaseError',
        error: 'DatabaseError',
        message: `database error, code: ${code}`,
      });
    }
  });

  it('names the codes upstream names', () => {
    expect(body(fromPgError({ code: '42501', message: 'new row violates row-level security policy for table "objects"' }))).toMatchObject({
      status: 400,
      statusCode: '403',
      error: 'Unauthorized',
      message: 'new row violates row-level security policy',
    });
    expect(body(fromPgError({ code: '23505', message: 'dup' }))).toMatchObject({
      statusCode: '409',
      code: 'ResourceAlreadyExists',
      error: 'Duplicate',
    });
    expect(body(fromPgError({ code: '23503', message: 'fk', detail: 'Key (id)=(x) is still referenced from table "objects".' }))).toMatchObject({
      statusCode: '409',
      code: 'ResourceReferenced',
    });
    expect(body(fromPgError({ code: '23503', message: 'fk' }))).toMatchObject({
      statusCode: '404',
      code: 'InvalidRequest',
      message: 'The related resource does not exist',
    });
    expect(body(fromPgError({ code: '25006', message: 'ro' }))).toMatchObject({ status: 400, statusCode: '503', code: 'DatabaseReadOnly' });
    expect(body(fromPgError({ code: '25P02', message: 'aborted' }))).toMatchObject({ status: 500, code: 'DatabaseTransactionAborted' });
    expect(
      body(fromPgError({ code: '42P01', message: 'missing', internalQuery: 'select', internalPosition: '1', where: 'PL/pgSQL function f()' })),
    ).toMatchObject({
      statusCode: '503',
      code: 'DatabaseSchemaMismatch',
      message: 'There is a database schema mismatch in a trigger or RLS policy: PL/pgSQL function f()',
    });
    expect(fromPgError(new Error('not from postgres'))).toBeNull();
  });

  it("words fastify's validation errors as fastify does", () => {
    expect(body(ERRORS.validation('body/expiresIn must be >= 1'))).toMatchObject({ status: 400, error: 'Error', code: 'InvalidRequest' });
    expect(body(ERRORS.invalidJsonBody())).toMatchObject({ status: 400, error: 'FastifyError', code: 'InvalidRequest' });
    expect(body(ERRORS.bodyTooLarge())).toMatchObject({ status: 413, statusCode: '413', error: 'FastifyError', code: 'EntityTooLarge' });
  });
});
