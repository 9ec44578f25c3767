// The one route table every emulated service uses: method + path pattern → handler, first match wins. In a
// pattern `:name` is one segment (possibly empty) and a trailing `*` the rest after a slash (params.rest). The
// caller (token, verified claims) is resolved once by the gateway and reaches each handler in the context.
import type { RequestContext } from './http.ts';

export type Params = Record<string, string>;
export type RouteHandler = (ctx: RequestContext, params: Params) => Promise<void> | void;
/** [methods ('GET', 'POST PUT' or '*'), pattern, handler] */
export type RouteTable = [methods: string, pattern: string, handler: RouteHandler][];
export type Match = { handler: RouteHandler; params: Params };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(pattern: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = pattern
    .split('/')
    .map((segment) => {
      if (segment === '*') return (names.push('rest'), '(.*)');
      if (segment.startsWith(':')) return (names.push(segment.slice(1)), '([^/]*)');
      return escape(segment);
    })
    .join('/');
  return { regex: new RegExp(`^${source}$`), names };
}

export function createRouter(table: RouteTable): (method: string, path: string) => Match | null {
  const routes = table.map(([methods, pattern, handler]) => ({
    methods: methods === '*' ? null : new Set(methods.split(' ')),
    ...compile(pattern),
    handler,
  }));
  return (method, path) => {
    for (const r of routes) {
      if (r.methods && !r.methods.has(method)) continue;
      const m = r.regex.exec(path);
      if (m) return { handler: r.handler, params: Object.fromEntries(r.names.map((n, i) => [n, m[i + 1]])) };
    }
    return null;
  };
}
