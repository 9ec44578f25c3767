// The one place that turns what Supabase, an edge function, Storage or the network throws into a message a person
// understands, plus whether trying again can help.

export type ErrorKind =
  | 'offline'
  | 'network'
  | 'cancelled'
  | 'not_found'
  | 'closed'
  | 'too_large'
  | 'unsupported'
  | 'rate_limited'
  | 'unavailable'
  | 'conflict'
  | 'denied'
  | 'invalid'
  | 'expired'
  | 'unknown';

/** Per-call wording for a kind, where the caller knows better what the failure means for the person. */
export type MessageOverrides = Partial<Record<ErrorKind, string>>;

const MESSAGES: Record<ErrorKind, string> = {
  offline: 'You appear to be offline. Check your internet connection, then try again.',
  network: "We couldn't reach the server. Check your connection and try again.",
  cancelled: 'The upload was cancelled.',
  not_found: "We couldn't find what you were looking for.",
  closed: 'This job is no longer accepting applications.',
  too_large: 'The file is larger than the 5 MB limit.',
  unsupported: 'Only PDF files are accepted.',
  rate_limited: 'Too many attempts from your network. Please wait a few minutes, then try again.',
  unavailable: 'The service is temporarily unavailable. Please try again in a moment.',
  conflict: 'This has already been saved.',
  denied: "You don't have permission to do that.",
  invalid: "Some of the information wasn't accepted. Please check the form and try again.",
  expired: 'The upload link has expired. Please try again.',
  unknown: 'Something went wrong on our side. Please try again.',
};

const RETRYABLE = new Set<ErrorKind>(['offline', 'network', 'cancelled', 'rate_limited', 'unavailable', 'expired', 'unknown']);

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code?: string;
  readonly status?: number;
  /** Seconds the server asked us to wait (rate limits). */
  readonly retryAfter?: number;

  constructor(kind: ErrorKind, message?: string, details: { code?: string; status?: number; retryAfter?: number; cause?: unknown } = {}) {
    super(message || MESSAGES[kind], { cause: details.cause });
    this.name = 'AppError';
    this.kind = kind;
    this.code = details.code;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

const make = (
  kind: ErrorKind,
  overrides: MessageOverrides | undefined,
  details: ConstructorParameters<typeof AppError>[2] = {},
  serverMessage?: string,
) => new AppError(kind, overrides?.[kind] ?? serverMessage ?? MESSAGES[kind], details);

export const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** fetch() rejects with a TypeError when the request never got an answer; supabase-js passes its text along. */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  const message = typeof error === 'object' && error && 'message' in error ? String((error as { message: unknown }).message) : '';
  return /Failed to fetch|NetworkError|Load failed|Network request failed|fetch failed/i.test(message);
}

/** What a request that never got an answer means right now: offline, or a server we could not reach. */
export const connectionError = (cause?: unknown) => new AppError(isOffline() ? 'offline' : 'network', undefined, { cause });

// Edge functions answer { error: { code, message } }; their messages are already written for people.
const FUNCTION_KINDS: Record<string, ErrorKind> = {
  bad_request: 'invalid',
  job_not_found: 'not_found',
  not_found: 'not_found',
  job_closed: 'closed',
  file_too_large: 'too_large',
  unsupported_type: 'unsupported',
  rate_limited: 'rate_limited',
  storage_unavailable: 'unavailable',
  unauthorized: 'denied',
  forbidden: 'denied',
  internal_error: 'unknown',
};

const kindForStatus = (status: number): ErrorKind =>
  status === 401 || status === 403
    ? 'denied'
    : status === 404
      ? 'not_found'
      : status === 409
        ? 'conflict'
        : status === 413
          ? 'too_large'
          : status === 415
            ? 'unsupported'
            : status === 429
              ? 'rate_limited'
              : status >= 500
                ? 'unavailable'
                : status >= 400
                  ? 'invalid'
                  : 'unknown';

const retryAfterSeconds = (value: string | null) => {
  const seconds = Number(value);
  return value && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
};

/** An error from `supabase.functions.invoke` (FunctionsHttpError carries the Response in `context`). */
export async function fromFunctionError(error: unknown, overrides?: MessageOverrides): Promise<AppError> {
  if (error instanceof AppError) return error;
  const name = typeof error === 'object' && error && 'name' in error ? String((error as { name: unknown }).name) : '';
  const context = typeof error === 'object' && error && 'context' in error ? (error as { context: unknown }).context : undefined;
  if (name === 'FunctionsHttpError' && context instanceof Response) {
    const body = (await context
      .clone()
      .json()
      .catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
    const code = typeof body?.error?.code === 'string' ? body.error.code : undefined;
    const message = typeof body?.error?.message === 'string' ? body.error.message : undefined;
    const kind = (code && FUNCTION_KINDS[code]) || kindForStatus(context.status);
    // A 5xx without our error shape (a gateway, a function still being deployed) says nothing a person can use.
    const serverMessage = code && code !== 'internal_error' ? message : undefined;
    return make(
      kind,
      overrides,
      { code, status: context.status, retryAfter: retryAfterSeconds(context.headers.get('retry-after')), cause: error },
      serverMessage,
    );
  }
  if (name === 'FunctionsFetchError') return connectionError(error);
  if (name === 'FunctionsRelayError') return make('unavailable', overrides, { cause: error });
  return toAppError(error, overrides);
}

type PostgrestLike = { code?: string; message?: string; details?: string | null; hint?: string | null };

/** An error from a supabase-js table or RPC call (PostgREST shape: code, message, details, hint). */
export function fromPostgrestError(error: PostgrestLike, overrides?: MessageOverrides): AppError {
  if (error instanceof AppError) return error;
  const code = error.code ?? '';
  const details = { code: code || undefined, cause: error };
  if (isNetworkFailure(error)) return connectionError(error);
  // PostgREST's connection group (PGRST000–003: the database is down or busy) and Postgres going away (08*, 57P01).
  if (/^PGRST00\d$|^08|^57P01$/.test(code)) return make('unavailable', overrides, details);
  if (code === '23505') return make('conflict', overrides, details);
  if (code === '42501' || /row-level security/i.test(error.message ?? '')) return make('denied', overrides, details);
  if (code === 'PGRST116') return make('not_found', overrides, details);
  if (code === 'PGRST301' || code === 'PGRST303' || /JWT expired/i.test(error.message ?? '')) {
    return make('denied', overrides, details, 'Your session has expired. Please sign in again.');
  }
  if (/^(22|23)/.test(code)) return make('invalid', overrides, details);
  return make('unknown', overrides, details);
}

/** The status Storage means: it answers HTTP 400 for most client errors and puts the real one in `statusCode`. */
export function storageStatus(httpStatus: number, body: unknown): number {
  const claimed = Number((typeof body === 'object' && body ? (body as { statusCode?: unknown }).statusCode : undefined) ?? NaN);
  return httpStatus === 400 && Number.isInteger(claimed) && claimed >= 400 ? claimed : httpStatus;
}

/** A Storage API answer that was not 2xx (`{ statusCode, error, message }`), from a raw request such as our upload XHR. */
export function fromStorageError(httpStatus: number, body: unknown, overrides?: MessageOverrides): AppError {
  const b = (typeof body === 'object' && body ? body : {}) as { error?: unknown; message?: unknown };
  const status = storageStatus(httpStatus, body);
  const text = `${String(b.error ?? '')} ${String(b.message ?? '')}`;
  const details = { status, code: typeof b.error === 'string' ? b.error : undefined };
  if (httpStatus === 0) return connectionError();
  if (status === 400 && /expired|signature|jwt|token/i.test(text)) return make('expired', overrides, details);
  return make(kindForStatus(status), overrides, details);
}

/** Anything thrown, as an AppError: already ours, a request that never got an answer, a PostgREST error, or unknown. */
export function toAppError(error: unknown, overrides?: MessageOverrides): AppError {
  if (error instanceof AppError) return error;
  if (isNetworkFailure(error)) return connectionError(error);
  if (typeof error === 'object' && error && 'code' in error && typeof (error as PostgrestLike).code === 'string') {
    return fromPostgrestError(error as PostgrestLike, overrides);
  }
  if (typeof error === 'object' && error && (error as { name?: unknown }).name === 'AbortError') return make('cancelled', overrides);
  return make('unknown', overrides, { cause: error });
}

export const errorMessage = (error: unknown, overrides?: MessageOverrides) => toAppError(error, overrides).message;

export const isRetryable = (error: unknown) => toAppError(error).retryable;
