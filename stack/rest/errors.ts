// PostgREST's error body `{ code, message, details, hint }` and the HTTP status it sends with each
// error (docs.postgrest.org/en/v13/references/errors.html; src/PostgREST/Error.hs, v13).
import type { DbUnavailable } from '../db.ts';
import { HttpError } from '../http.ts';

export class RestError extends HttpError {
  constructor(
    status: number,
    code: string,
    message: string,
    details: unknown = null,
    hint: string | null = null,
    headers: Record<string, string> = {},
  ) {
    super(status, { code, details, hint, message }, headers);
  }
}

/** A query-string parse failure, worded like PostgREST's parsec errors. */
export class ParseError extends Error {
  constructor(
    readonly what: string,
    readonly input: string,
    readonly column: number,
    readonly details: string,
  ) {
    super(`"failed to parse ${what} (${input})" (line 1, column ${column})`);
  }
}

export const ERRORS = {
  // Group 0, the connection (Error.hs: ConnectionUsageError, ClientError, NoSchemaCacheError, AcquisitionTimeoutUsageError).
  dbConnection: (details: string) => new RestError(503, 'PGRST000', 'Database connection error. Retrying the connection.', details),
  dbClient: (details: string) => new RestError(503, 'PGRST001', 'Database client error. Retrying the connection.', details),
  noSchemaCache: () => new RestError(503, 'PGRST002', 'Could not query the database for the schema cache. Retrying.'),
  poolTimeout: () => new RestError(504, 'PGRST003', 'Timed out acquiring connection from connection pool.'),
  parse: (e: ParseError) => new RestError(400, 'PGRST100', e.message, e.details),
  invalidRpcMethod: (method: string) => new RestError(405, 'PGRST101', `Cannot use the ${method} method on RPC`),
  invalidBody: (message = 'Empty or invalid json') => new RestError(400, 'PGRST102', message),
  negativeLimit: () => new RestError(416, 'PGRST103', 'Requested range not satisfiable', 'Limit should be greater than or equal to zero.'),
  lowerGtUpper: () =>
    new RestError(
      416,
      'PGRST103',
      'Requested range not satisfiable',
      'The lower boundary must be lower than or equal to the upper boundary in the Range header.',
    ),
  outOfBounds: (offset: number, total: number) =>
    new RestError(
      416,
      'PGRST103',
      'Requested range not satisfiable',
      `An offset of ${offset} was requested, but there are only ${total} rows.`,
      null,
      {
        'content-range': `*/${total}`,
      },
    ),
  schema: (schema: string) => new RestError(406, 'PGRST106', `Invalid schema: ${schema}`, null, 'Only the following schemas are exposed: public'),
  mediaType: (types: string[]) => new RestError(406, 'PGRST107', `None of these media types are available: ${types.join(', ')}`),
  contentType: (type: string) => new RestError(400, 'PGRST102', `Content-Type not acceptable: ${type}`),
  notEmbedded: (name: string) =>
    new RestError(
      400,
      'PGRST108',
      `'${name}' is not an embedded resource in this request`,
      null,
      `Verify that '${name}' is included in the 'select' query parameter.`,
    ),
  gucHeaders: () =>
    new RestError(500, 'PGRST111', 'response.headers guc must be a JSON array composed of objects with a single key and a string value'),
  gucStatus: () => new RestError(500, 'PGRST112', 'response.status guc must be a valid status code'),
  singular: (rows: number) => new RestError(406, 'PGRST116', 'Cannot coerce the result to a single JSON object', `The result contains ${rows} rows`),
  unsupportedMethod: (method: string) => new RestError(405, 'PGRST117', `Unsupported HTTP method: ${method}`),
  relatedOrder: (origin: string, target: string) =>
    new RestError(
      400,
      'PGRST118',
      `A related order on '${target}' is not possible`,
      `'${origin}' and '${target}' do not form a many-to-one or one-to-one relationship`,
    ),
  embedFilter: (target: string) =>
    new RestError(
      400,
      'PGRST120',
      `Bad operator on the '${target}' embedded resource`,
      'Only is null or not is null filters are allowed on embedded resources',
    ),
  invalidPreferences: (prefs: string[]) =>
    new RestError(400, 'PGRST122', 'Invalid preferences given with handling=strict', `Invalid preferences: ${prefs.join(', ')}`),
  aggregates: () => new RestError(400, 'PGRST123', 'Use of aggregate functions is not allowed'),
  maxAffected: (rows: number) =>
    new RestError(400, 'PGRST124', 'Query result exceeds max-affected preference constraint', `The query affects ${rows} rows`),
  invalidPath: () => new RestError(404, 'PGRST125', 'Invalid path specified in request URL'),
  openApiDisabled: () => new RestError(404, 'PGRST126', 'Root endpoint metadata is disabled'),
  notImplemented: (details: string) => new RestError(400, 'PGRST127', 'Feature not implemented', details),
  noRelationship: (parent: string, child: string, hint: string | undefined, suggestion: string | null) =>
    new RestError(
      400,
      'PGRST200',
      `Could not find a relationship between '${parent}' and '${child}' in the schema cache`,
      `Searched for a foreign key relationship between '${parent}' and '${child}'${hint ? ` using the hint '${hint}'` : ''} in the schema 'public', but no matches were found.`,
      suggestion,
    ),
  ambiguousRelationship: (parent: string, child: string, details: unknown[], hint: string) =>
    new RestError(300, 'PGRST201', `Could not embed because more than one relationship was found for '${parent}' and '${child}'`, details, hint),
  noFunction: (name: string, keys: string[], post: boolean, suggestion: string | null) => {
    const sorted = [...keys].sort();
    const params = sorted.length ? `(${sorted.join(', ')})` : ' without parameters';
    const searched = sorted.length ? ` with parameter${sorted.length > 1 ? 's' : ''} ${sorted.join(', ')}` : ' without parameters';
    return new RestError(
      404,
      'PGRST202',
      `Could not find the function public.${name}${params} in the schema cache`,
      `Searched for the function public.${name}${searched}${post ? ' or with a single unnamed json/jsonb parameter' : ''}, but no matches were found in the schema cache.`,
      suggestion,
    );
  },
  ambiguousFunction: (signatures: string[]) =>
    new RestError(
      300,
      'PGRST203',
      `Could not choose the best candidate function between: ${signatures.join(', ')}`,
      null,
      'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
    ),
  noColumn: (table: string, column: string) =>
    new RestError(400, 'PGRST204', `Could not find the '${column}' column of '${table}' in the schema cache`),
  noTable: (name: string, suggestion: string | null) =>
    new RestError(404, 'PGRST205', `Could not find the table 'public.${name}' in the schema cache`, null, suggestion),
  jwt: (code: 'PGRST301' | 'PGRST303', message: string) =>
    new RestError(401, code, message, null, null, {
      'www-authenticate': `Bearer error="invalid_token", error_description=${JSON.stringify(message)}`,
    }),
  tooLarge: (limit: number) => new RestError(413, 'PGRST413', 'Payload too large', `The request body is larger than ${limit} bytes`),
};

/** What the local JWT verifier said, as PostgREST words it (PGRST301 decode errors, PGRST303 claims errors). */
export function jwtError(reason: string, token: string | null = null): RestError {
  const parts = token?.split('.').length ?? 3;
  if (parts !== 3) return ERRORS.jwt('PGRST301', `Expected 3 parts in JWT; got ${parts}`);
  if (/expired/i.test(reason)) return ERRORS.jwt('PGRST303', 'JWT expired');
  if (/algorithm/i.test(reason)) return ERRORS.jwt('PGRST301', 'Wrong or unsupported encoding algorithm');
  return ERRORS.jwt('PGRST301', 'JWT cryptographic operation failed');
}

type PgError = { code?: string; message: string; detail?: string; hint?: string; severity?: string };

/** An error from Postgres (it has a severity), or one db.ts raises with a SQLSTATE before querying. */
export const isPgError = (e: unknown): e is PgError =>
  e instanceof Error &&
  typeof (e as PgError).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((e as PgError).code!) &&
  ('severity' in e || /^[0-9]/.test((e as PgError).code!));

/** PostgREST's pgErrorStatus: SQLSTATE → HTTP status; `authed` is false for the anon role. */
export function pgStatus(code: string, message: string, authed: boolean): number {
  const exact: Record<string, number> = {
    '23503': 409,
    '23505': 409,
    '25006': 405,
    '53400': 500,
    '57P01': 503,
    P0001: 400,
    '42P01': 404,
    '42P17': 500,
  };
  if (code in exact) return exact[code];
  if (code === '21000') return message.endsWith('requires a WHERE clause') ? 400 : 500;
  if (code === '22023') return message.startsWith('role') && message.endsWith('does not exist') ? 401 : 400;
  if (code === '42883') return message.startsWith('function xmlagg(') ? 406 : 404;
  if (code === '42501') return authed ? 403 : 401;
  const prefixes: [string, number][] = [
    ['08', 503],
    ['09', 500],
    ['0L', 403],
    ['0P', 403],
    ['25', 500],
    ['28', 403],
    ['2D', 500],
    ['38', 500],
    ['39', 500],
    ['3B', 500],
    ['40', 500],
    ['53', 503],
    ['54', 500],
    ['55', 500],
    ['57', 500],
    ['58', 500],
    ['F0', 500],
    ['HV', 500],
    ['P0', 500],
    ['XX', 500],
  ];
  for (const [prefix, status] of prefixes) if (code.startsWith(prefix)) return status;
  if (code.startsWith('PT')) {
    const n = Number(code.slice(2));
    return n >= 100 && n <= 599 ? n : 500;
  }
  return 400;
}

/** Turns a Postgres error into PostgREST's response (a `RAISE ... USING ERRCODE = 'PT404'` picks its own status). */
export function fromPgError(e: PgError, authed: boolean): RestError {
  const status = pgStatus(e.code!, e.message, authed);
  return new RestError(status, e.code!, e.message, e.detail ?? null, e.hint ?? null, status === 401 ? { 'www-authenticate': 'Bearer' } : {});
}

/** Postgres unreachable or gone mid-request, as PostgREST answers it (pgErrorStatus: 503, or 504 for the pool). */
export function fromOutage(e: DbUnavailable): RestError {
  if (e.kind === 'pool-timeout') return ERRORS.poolTimeout();
  return e.kind === 'connect' ? ERRORS.dbConnection(e.details) : ERRORS.dbClient(e.details);
}
