// Why a resume needs a person to read it, in plain words: the scorer stores a short code (parse_error), never shown.
export const MANUAL_LOOK = 'Needs a manual look';

const REASONS: Record<string, string> = {
  encrypted: 'The PDF is locked with a password, so it could not be read.',
  no_text: 'The PDF is a scan with no readable text, so search and ranking cannot read it.',
  not_pdf: 'The file is not a PDF.',
  too_large: 'The file is larger than the 5 MB the scorer reads.',
  timeout: 'Reading the PDF took too long.',
  unreadable: 'The PDF is damaged and could not be read.',
  missing_file: 'The resume file is missing from storage.',
};

/** The plain-language reason for a failed read; any code it does not know reads as a generic one. */
export const manualLookReason = (code: string | null | undefined) => (code && REASONS[code]) || 'The resume could not be read.';

/** Reasons a second try may fix (the file itself is fine or may come back). */
export const mayScoreAgain = (code: string | null | undefined) => code === 'timeout' || code === 'missing_file' || !code || !REASONS[code];
