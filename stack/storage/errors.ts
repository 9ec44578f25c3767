// Storage's error shape `{statusCode, error, message, code}` and the HTTP status the real service
// sends with it: 400 for every client error whatever `statusCode` says, 500 only for 500s
// (supabase/storage src/internal/errors/storage-error.ts userStatusCode, src/http/error-handler.ts).
import type { DbUnavailable } from '../db.ts';
import { JWT_SECRET } from '../config.ts';
import { HttpError } from '../http.ts';
import { JwtError, verifyJwt } from '../jwt.ts';

export class StorageError extends HttpError {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    error: string,
    message: string,
    httpStatus = statusCode === 500 ? 500 : 400,
  ) {
    // Key order as fastify serialises src/http/schemas/error.ts errorSchema.
    super(httpStatus, { statusCode: String(statusCode), error, message, code });
  }
}

const make = (statusCode: number, code: string, message: string, error = code, httpStatus?: number) =>
  new StorageError(statusCode, code, error, message, httpStatus);

// The subset of src/internal/errors/codes.ts ERRORS that the local service can raise.
export const ERRORS = {
  noSuchBucket: () => make(404, 'NoSuchBucket', 'Bucket not found', 'Bucket not found'),
  noSuchKey: () => make(404, 'NoSuchKey', 'Object not found', 'not_found'),
  invalidKey: (key: string) => make(400, 'InvalidKey', `Invalid key: ${key}`),
  invalidBucketName: () => make(400, 'InvalidBucketName', 'Bucket name invalid', 'Invalid Input'),
  invalidJwt: (message: string) => make(400, 'InvalidJWT', message || 'Invalid JWT'),
  accessDenied: (message: string) => make(403, 'AccessDenied', message || 'Access denied', 'Unauthorized'),
  resourceAlreadyExists: () => make(409, 'ResourceAlreadyExists', 'The resource already exists', 'Duplicate'),
  keyAlreadyExists: () => make(409, 'KeyAlreadyExists', 'The resource already exists', 'Duplicate'),
  bucketAlreadyExists: () => make(409, 'BucketAlreadyExists', 'The resource already exists', 'Duplicate'),
  invalidSignature: (message?: string) => make(400, 'InvalidSignature', message || 'Invalid signature'),
  expiredSignature: () => make(400, 'ExpiredToken', 'The provided token has expired.'),
  entityTooLarge: (entity = 'object') => make(413, 'EntityTooLarge', `The ${entity} exceeded the maximum allowed size`, 'Payload too large'),
  invalidMimeType: (mime: string) => make(415, 'InvalidMimeType', `mime type ${mime} is not supported`, 'invalid_mime_type'),
  invalidParameter: (name: string, message?: string) => make(400, 'InvalidParameter', message || `Invalid Parameter ${name}`),
  invalidRequest: (message: string) => make(400, 'InvalidRequest', message || 'Invalid Request'),
  // fastify's schema validation: a plain `Error` (lib/context.js defaultSchemaErrorFormatter) that the error
  // handler sends with `error: err.name` (src/http/error-handler.ts), so "Error", coded InvalidRequest.
  validation: (message: string) => make(400, 'InvalidRequest', message, 'Error'),
  // fastify's body parser errors are @fastify/error's FastifyError (FST_ERR_CTP_INVALID_JSON_BODY → InvalidRequest).
  invalidJsonBody: () => make(400, 'InvalidRequest', "Body is not valid JSON but content-type is set to 'application/json'", 'FastifyError'),
  bodyTooLarge: () => make(413, 'EntityTooLarge', 'Request body is too large', 'FastifyError', 413),
  noContentProvided: (message?: string) => make(400, 'InvalidRequest', message || 'No content provided'),
  invalidFileSizeLimit: () => make(400, 'InvalidRequest', 'Invalid file size format, hint: use 20GB / 20MB / 30KB / 3B'),
  // src/storage/range.ts: the one error sent with its own status.
  invalidRange: () => make(416, 'InvalidRange', 'invalid range provided', 'invalid_range', 416),
  // src/storage/renderer/renderer.ts: metadata row present, bytes gone.
  bytesNotFound: () => new StorageError(404, 'NoSuchKey', 'Not found', 'The resource was not found'),
  routeNotFound: (method: string, url: string) => make(404, 'InvalidRequest', `Route ${method}:${url} not found`, 'Not Found', 404),
  internal: (message = 'Internal server error') => make(500, 'InternalError', message),
  // src/internal/errors/codes.ts DatabaseTimeout: the one error sent with a status of its own (544).
  databaseTimeout: () => new StorageError(544, 'DatabaseTimeout', 'DatabaseTimeout', 'The connection to the database timed out', 544),
  // src/storage/database/errors.ts DBError.fromDBError, the default for a SQLSTATE it does not name.
  databaseError: (sqlstate: string) => make(500, 'DatabaseError', `database error, code: ${sqlstate}`),
};

/** src/http/error-handler.ts's last resort, for an error that is neither Storage's nor Postgres' (a refused socket). */
const INTERNAL_SERVER_ERROR = () => new HttpError(500, { statusCode: '500', error: 'Internal', message: 'Internal Server Error' });

/**
 * Postgres out of reach as Storage answers it: a connection that timed out is 544 DatabaseTimeout
 * (pg-connection.ts isConnectionTimeoutError), Postgres refusing (shutting down, starting up) a DatabaseError,
 * and a refused or dropped socket the error handler's bare 500.
 */
export function fromOutage(e: DbUnavailable): HttpError {
  if (e.timedOut) return ERRORS.databaseTimeout();
  return e.sqlstate ? ERRORS.databaseError(e.sqlstate) : INTERNAL_SERVER_ERROR();
}

/**
 * Maps a Postgres error as src/storage/database/errors.ts DBError.fromDBError does: only 22P02 is the caller's
 * input (InvalidParameter); constraint, trigger and other data errors are 500 DatabaseError there, as here.
 */
export function fromPgError(e: unknown): StorageError | null {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  const err = e as { message?: string; detail?: string; internalQuery?: string; internalPosition?: string; where?: string };
  const message = err.message ?? '';
  switch (code) {
    case '42501':
      return ERRORS.accessDenied(message.includes('row-level security') ? 'new row violates row-level security policy' : message);
    case '23505':
      return ERRORS.resourceAlreadyExists();
    case '23503':
      if (err.detail?.includes('is still referenced from table')) {
        return make(409, 'ResourceReferenced', 'The resource could not be updated or removed due to a foreign key constraint');
      }
      return make(404, 'InvalidRequest', 'The related resource does not exist');
    case '55P03':
      return make(423, 'ResourceLocked', 'The resource is locked');
    case '57014':
      return ERRORS.databaseTimeout();
    case '25006':
      return make(503, 'DatabaseReadOnly', 'The database is currently in read-only mode. Please try again later.');
    case '25P02':
      return make(500, 'DatabaseTransactionAborted', 'The database transaction has been aborted. Roll back the transaction before retrying.');
    case '42P17':
      return make(503, 'DatabaseInvalidObjectDefinition', 'The database schema is invalid or incompatible.');
    case '22P02':
      return ERRORS.invalidParameter('value', message || 'Invalid value format or type conversion failed');
    case '42703':
    case '42P01':
      // codes.ts DatabaseSchemaMismatch: raised inside a trigger or policy (it has an internal query) or not.
      return make(
        503,
        'DatabaseSchemaMismatch',
        err.internalQuery && err.internalPosition
          ? `There is a database schema mismatch in a trigger or RLS policy: ${err.where}`
          : 'The database schema is out of sync. Please run migrations or contact support.',
      );
    default:
      return ERRORS.databaseError(code);
  }
}

/** jose's wording (Storage verifies with jose) for why `token` was refused; no token at all is jose's "Invalid Compact JWS". */
export function joseMessage(token: string | null): string {
  try {
    verifyJwt(token ?? '', JWT_SECRET);
  } catch (e) {
    if (e instanceof JwtError) return e.jose;
  }
  return 'Invalid Compact JWS';
}
