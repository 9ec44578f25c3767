// Why a resume could not be scored, as a stable code the database stores and the dashboard explains.

export type ScoringErrorCode = 'not_pdf' | 'encrypted' | 'no_text' | 'too_large' | 'timeout' | 'unreadable';

export class ScoringError extends Error {
  override name = 'ScoringError';
  constructor(
    readonly code: ScoringErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Maps whatever pdf.js threw to a code; pdf.js classes are matched by name because every environment brings its own pdf.js. */
export function fromPdfjsError(error: unknown): ScoringError {
  if (error instanceof ScoringError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ScoringError('encrypted', 'The PDF is password-protected.');
  return new ScoringError('unreadable', `The PDF could not be read (${detail}).`);
}
