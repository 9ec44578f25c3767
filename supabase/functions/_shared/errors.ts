// The one error shape every function answers with: { error: { code, message } } and the code's HTTP status.
import { corsHeaders } from './cors.ts';

const STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  job_not_found: 404,
  method_not_allowed: 405,
  job_closed: 409,
  already_member: 409,
  not_pending: 409,
  file_too_large: 413,
  unsupported_type: 415,
  rate_limited: 429,
  internal_error: 500,
  storage_unavailable: 503,
  smtp_not_configured: 503,
} as const;

export type ErrorCode = keyof typeof STATUS;

/** Thrown anywhere in a function to answer with that error; `message` is shown to people, so word it for them. */
export class FunctionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function errorResponse(error: unknown): Response {
  const known = error instanceof FunctionError ? error : null;
  if (!known) console.error(error);
  const code = known?.code ?? 'internal_error';
  const message = known?.message ?? 'Something went wrong on our side. Please try again.';
  return new Response(JSON.stringify({ error: { code, message } }), {
    status: STATUS[code],
    headers: { ...corsHeaders, 'content-type': 'application/json', ...known?.headers },
  });
}
