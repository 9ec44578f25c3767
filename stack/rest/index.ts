// The /rest/v1 service: a PostgREST-compatible subset (tables and views of `public`, embedding along
// foreign keys, filters, ranges and counts, inserts/upserts/updates/deletes, RPC), every statement
// run as the JWT's role so Postgres RLS decides, as PostgREST does.
import { dbUrl, type StackConfig } from '../config.ts';
import type { Db } from '../db.ts';
import type { RequestContext } from '../http.ts';
import { createRouter } from '../router.ts';
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
  const route = createRouter([
    [
      '*',
      '/',
      () => {
        throw ERRORS.openApiDisabled();
      },
    ],
    ['*', '/rpc/:name', (ctx, p) => callRoutine(ctx, deps, decode(p.name))],
    ['GET HEAD', '/:name', (ctx, p) => readTable(ctx, deps, decode(p.name))],
    ['POST', '/:name', (ctx, p) => mutateTable(ctx, deps, decode(p.name), 'insert')],
    ['PATCH', '/:name', (ctx, p) => mutateTable(ctx, deps, decode(p.name), 'update')],
    ['DELETE', '/:name', (ctx, p) => mutateTable(ctx, deps, decode(p.name), 'delete')],
    [
      '*',
      '/:name',
      (ctx, p) => {
        decode(p.name);
        throw ERRORS.unsupportedMethod(ctx.method);
      },
    ],
  ]);

  return async (ctx: RequestContext): Promise<void> => {
    // As in PostgREST, a bad token is refused before the request is looked at.
    if (ctx.tokenError) throw jwtError(ctx.tokenError, ctx.token);
    // Empty segments are dropped, as before: `/rest/v1//jobs` is `/jobs`.
    const match = route(ctx.method, `/${ctx.path.split('/').filter(Boolean).join('/')}`);
    if (!match) throw ERRORS.invalidPath();
    await match.handler(ctx, match.params);
  };
}
