// The app's client-side router: the browser's history, a nested route table, links and the hooks the pages use.
// Our own, because react-router ships its data router with every import (about 11 KB gzip of the apply page's
// budget) and the app needs only this much. It keeps react-router's conventions so pages read the same:
// `<Route path index element>` trees with `<Outlet />`, `:param` and `*` segments, ranked so that a static segment
// beats a parameter and a parameter beats `*`, navigations rendered in a transition (the old page stays on screen
// while the next page's code loads), and history entries whose state is `{ usr, key }`.
import {
  Children,
  createContext,
  Fragment,
  isValidElement,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';

export type Location = { pathname: string; search: string; hash: string; state: unknown; key: string };
export type NavigationType = 'POP' | 'PUSH' | 'REPLACE';
export type NavigateOptions = { replace?: boolean; state?: unknown };
export type NavigateFunction = (to: string | number, options?: NavigateOptions) => void;

type HistoryState = { usr?: unknown; key?: string } | null;
type RouterState = { location: Location; type: NavigationType };

function readLocation(): Location {
  const { pathname, search, hash } = window.location;
  const state = window.history.state as HistoryState;
  return { pathname, search, hash, state: state?.usr ?? null, key: state?.key ?? 'default' };
}

// ---------------------------------------------------------------------------------------------------------------
// History

const listeners = new Set<(state: RouterState) => void>();
const emit = (type: NavigationType) => {
  const state = { location: readLocation(), type };
  listeners.forEach((listener) => listener(state));
};

/** Moves to `to` (resolved like a link's href against the current URL) or `delta` steps through history. */
export const navigate: NavigateFunction = (to, options = {}) => {
  if (typeof to === 'number') {
    window.history.go(to);
    return;
  }
  const url = new URL(to, window.location.href);
  if (url.origin !== window.location.origin) {
    window.location.assign(url.href);
    return;
  }
  const entry = { usr: options.state ?? null, key: Math.random().toString(36).slice(2, 10) };
  const href = `${url.pathname}${url.search}${url.hash}`;
  if (options.replace) window.history.replaceState(entry, '', href);
  else window.history.pushState(entry, '', href);
  emit(options.replace ? 'REPLACE' : 'PUSH');
};

const RouterContext = createContext<RouterState | null>(null);

export function BrowserRouter({ children }: { children: ReactNode }) {
  const [state, setState] = useState<RouterState>(() => ({ location: readLocation(), type: 'POP' }));
  useEffect(() => {
    // A transition: React keeps the current page until the next one (a lazy chunk) is ready to show.
    const listener = (next: RouterState) => startTransition(() => setState(next));
    const onPop = () => emit('POP');
    listeners.add(listener);
    window.addEventListener('popstate', onPop);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  return <RouterContext value={state}>{children}</RouterContext>;
}

function useRouterState(): RouterState {
  const state = useContext(RouterContext);
  if (!state) throw new Error('A router hook was used outside <BrowserRouter>');
  return state;
}

export const useLocation = (): Location => useRouterState().location;
export const useNavigationType = (): NavigationType => useRouterState().type;
export const useNavigate = (): NavigateFunction => navigate;

type SearchInit = URLSearchParams | string | Record<string, string>;

/** The query string as URLSearchParams, and a setter that navigates to the same path with a new one. */
export function useSearchParams(): [
  URLSearchParams,
  (next: SearchInit | ((current: URLSearchParams) => SearchInit), options?: NavigateOptions) => void,
] {
  const { search, pathname, hash } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = useCallback(
    (next: SearchInit | ((current: URLSearchParams) => SearchInit), options?: NavigateOptions) => {
      const value = new URLSearchParams(typeof next === 'function' ? next(new URLSearchParams(window.location.search)) : next).toString();
      navigate(`${pathname}${value ? `?${value}` : ''}${hash}`, options);
    },
    [pathname, hash],
  );
  return [params, set];
}

// ---------------------------------------------------------------------------------------------------------------
// Links

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; replace?: boolean; state?: unknown };

/** An `<a href>` that navigates in the page on a plain left click and leaves new-tab clicks to the browser. */
export function Link({ to, replace, state, onClick, target, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || (target && target !== '_self')) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to, { replace, state });
  };
  return <a {...rest} href={to} target={target} onClick={handleClick} />;
}

/** Navigates once it has rendered (a redirect). */
export function Navigate({ to, replace, state }: { to: string } & NavigateOptions) {
  useEffect(() => navigate(to, { replace, state }), [to, replace, state]);
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Routes

type RouteProps = { path?: string; index?: boolean; element?: ReactNode; children?: ReactNode };
type RouteDef = { path: string[]; index: boolean; element: ReactNode; children: RouteDef[] };
type Branch = { routes: RouteDef[]; segments: string[]; score: number; order: number };

/** Declares one route for `<Routes>`; it renders nothing itself. */
export function Route(props: RouteProps): ReactElement | null {
  void props;
  return null;
}

const splitPath = (path: string) => path.split('/').filter(Boolean);

function readRoutes(children: ReactNode): RouteDef[] {
  return Children.toArray(children).flatMap((child): RouteDef[] => {
    if (isValidElement<{ children?: ReactNode }>(child) && child.type === Fragment) return readRoutes(child.props.children);
    if (!isValidElement<RouteProps>(child) || child.type !== Route) return [];
    const { path = '', index = false, element = null, children: nested } = child.props;
    return [{ path: splitPath(path), index, element, children: readRoutes(nested) }];
  });
}

/** Every route that can end a match, with the whole path leading to it and its rank (react-router's weights). */
function flatten(routes: RouteDef[], parents: RouteDef[] = [], prefix: string[] = [], out: Branch[] = []): Branch[] {
  for (const route of routes) {
    const chain = [...parents, route];
    const segments = [...prefix, ...route.path];
    if (route.children.length) flatten(route.children, chain, segments, out);
    if (route.index || route.path.length || !route.children.length) {
      const score = segments.reduce((sum, s) => sum + (s === '*' ? -2 : s.startsWith(':') ? 3 : 10), segments.length + (route.index ? 2 : 0));
      out.push({ routes: chain, segments, score, order: out.length });
    }
  }
  return out;
}

function matchBranch(branch: Branch, parts: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < branch.segments.length; i++) {
    const segment = branch.segments[i];
    if (segment === '*') {
      params['*'] = parts.slice(i).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if (segment.startsWith(':')) params[segment.slice(1)] = safeDecode(part);
    else if (segment.toLowerCase() !== safeDecode(part).toLowerCase()) return null;
  }
  return parts.length === branch.segments.length ? params : null;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

const OutletContext = createContext<ReactNode>(null);
const ParamsContext = createContext<Record<string, string>>({});

/** Ranks the routes declared in `children` once; the result finds the route chain and params for a pathname. */
export function routeTable(children: ReactNode): (pathname: string) => { routes: RouteDef[]; params: Record<string, string> } | null {
  const branches = flatten(readRoutes(children)).sort((a, b) => b.score - a.score || a.order - b.order);
  return (pathname) => {
    const parts = splitPath(pathname);
    for (const branch of branches) {
      const params = matchBranch(branch, parts);
      if (params) return { routes: branch.routes, params };
    }
    return null;
  };
}

/** Renders the best-ranked route matching the URL: its layouts outermost, each holding the next in `<Outlet />`. */
export function Routes({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const find = useMemo(() => routeTable(children), [children]);
  const match = useMemo(() => find(pathname), [find, pathname]);
  if (!match) return null;
  const element = match.routes.reduceRight<ReactNode>((inner, route) => <OutletContext value={inner}>{route.element}</OutletContext>, null);
  return <ParamsContext value={match.params}>{element}</ParamsContext>;
}

/** Where a layout route shows the route nested in it. */
export function Outlet() {
  return <>{useContext(OutletContext)}</>;
}

export const useParams = <T extends Record<string, string | undefined> = Record<string, string | undefined>>(): T => useContext(ParamsContext) as T;
