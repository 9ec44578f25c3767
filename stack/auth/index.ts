// Placeholder until the auth service lands.
import { HttpError, type RequestContext } from '../http.ts';
import type { Db } from '../db.ts';
import type { StackConfig } from '../config.ts';

export function createAuthService(_db: Db, _config: StackConfig) {
  return async (_ctx: RequestContext): Promise<void> => {
    throw new HttpError(501, { message: 'not implemented yet' });
  };
}
