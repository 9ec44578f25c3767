// Storage's error shape `{statusCode, error, message, code}` and the HTTP status the real service
// sends with it: 400 for every client error whatever `statusCode` says, 500 only for 500s
// (supabase/storage src/internal/errors/storage-error.ts userStatusCode, src/http/error-handler.ts).
import type { DbUnavailable } from '../db.ts';
import { HttpError } from '../http.ts';

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
  entityTooLarge: (entity = 'object') =>
    make(413, 'EntityTooLarge', `The ${entity} exceeded the maximum allowed size`, 'Payload too large'),
  invalidMimeType: (mime: string) => make(415, 'InvalidMimeType', `mime type ${mime} is not supported`, 'invalid_mime_type'),
  invalidParameter: (name: string, message?: string) => make(400, 'InvalidParameter', message || `Invalid Parameter ${name}`),
  invalidRequest: (message: string) => make(400, 'InvalidRequest', message || 'Invalid Request'),
  /** What fastify's schema validation answers (FST_ERR_VALIDATION → InvalidRequest). */
  validation: (message: string) => make(400, 'InvalidRequest', message, 'Bad Request'),
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

/** Maps a Postgres error raised under the caller's role as src/storage/database/errors.ts does. */
export function fromPgError(e: unknown): StorageError | null {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  const message = (e as Error).message ?? '';
  switch (code) {
    case '42501':
      return ERRORS.accessDenied(message.includes('row-level security') ? 'new row violates row-level security policy' : message);
    case '23505':
      return ERRORS.resourceAlreadyExists();
    case '23503':
      return make(404, 'InvalidRequest', 'The related resource does not exist');
    case '22023': // also an unknown role in a validly signed JWT
      return ERRORS.invalidParameter('value', message);
    case '55P03':
      return make(423, 'ResourceLocked', 'The resource is locked');
    case '57014':
      return ERRORS.databaseTimeout();
    default:
      // Data exceptions (a NUL in a name, a bad cast) and constraint or policy-raised errors are the caller's input.
      if (code.startsWith('22')) return ERRORS.invalidParameter('value', message);
      return code.startsWith('P0') || code.startsWith('23') ? ERRORS.invalidRequest(message) : null;
  }
}

/** jose's wording for the local JWT verifier's refusals, as Storage reports them. */
export function joseMessage(reason: string | null): string {
  switch (reason) {
    case 'token is expired':
      return '"exp" claim timestamp check failed';
    case 'invalid signature':
      return 'signature verification failed';
    case 'unsupported algorithm':
      return '"alg" (Algorithm) Header Parameter value not allowed';
    default:
      return 'Invalid Compact JWS';
  }
}
