// The /rest/v1 service: a PostgREST-compatible subset (tables and views of `public`, embedding along
// foreign keys, filters, ranges and counts, inserts/upserts/updates/deletes, RPC), every statement
// run as the JWT's role so Postgres RLS decides, as PostgREST does.
import { dbUrl, type StackConfig } from '../config.ts';
import type { Db } from '../db.ts';
import type { RequestContext } from '../http.ts';
import { ERRORS, jwtError } from './errors.ts';
import { mutateTable } from './mutate.ts';
import { readTable } from './read.ts';
import type { RestDeps } from './respond.ts';
import { callRoutine } from './rpc.ts';
import { SchemaCache } from './schema-cache.ts';

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw ERRORS.invalidPath();
  }
}

export function createRestService(db: Db, config: StackConfig) {
  const log = (line: string) => console.error(line);
  const cache = new SchemaCache(db, dbUrl(config, 'authenticator'), log);
  const deps: RestDeps = { db, cache, log };

  return async (ctx: RequestContext): Promise<void> => {
    // As in PostgREST, a bad token is refused before the request is looked at.
    if (ctx.tokenError) throw jwtError(ctx.tokenError, ctx.token);
    const segments = ctx.path.split('/').filter(Boolean);
    if (segments.length === 0) throw ERRORS.openApiDisabled();
    if (segments.length === 2 && segments[0] === 'rpc') return callRoutine(ctx, deps, decode(segments[1]));
    if (segments.length !== 1) throw ERRORS.invalidPath();
    const name = decode(segments[0]);
    switch (ctx.method) {
      case 'GET':
      case 'HEAD':
        return readTable(ctx, deps, name);
      case 'POST':
        return mutateTable(ctx, deps, name, 'insert');
      case 'PATCH':
        return mutateTable(ctx, deps, name, 'update');
      case 'DELETE':
        return mutateTable(ctx, deps, name, 'delete');
      default:
        throw ERRORS.unsupportedMethod(ctx.method);
    }
  };
}
