// The email RPCs raise messages written for people (22023 bad choice, PT404 not found, PT409 too late): show them.
import { AppError, fromPostgrestError, type MessageOverrides } from '@/lib/errors';

type PostgrestLike = { code?: string; message?: string; hint?: string | null };

const WORDED: Record<string, AppError['kind']> = {
  '22023': 'invalid',
  P0002: 'not_found',
  '55000': 'conflict',
  PT404: 'not_found',
  PT409: 'conflict',
};

export function rpcError(error: PostgrestLike, overrides?: MessageOverrides): AppError {
  const kind = error.code ? WORDED[error.code] : undefined;
  if (kind && error.message) return new AppError(kind, error.message, { code: error.code, cause: error });
  return fromPostgrestError(error, overrides);
}
