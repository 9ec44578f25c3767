// Renders its children only for a signed-in user; everyone else goes to /login and comes back here afterwards.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from '@/lib/router';
import { useSession } from '../api/use-session.ts';
import { loginPathFor } from '../next-path.ts';

export function RequireAuth({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'loading') return fallback;
  if (state.status === 'signed-out') return <Navigate to={loginPathFor(`${location.pathname}${location.search}${location.hash}`)} replace />;
  return children;
}
