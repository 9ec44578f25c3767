// The signed-in session as supabase-js keeps it (persisted in localStorage, refreshed before it expires).
import { useSyncExternalStore } from 'react';
import type { Session } from '@supabase/supabase-js';
import { supabase } from '@/lib/supabase';

export type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; session: Session };

let state: SessionState = { status: 'loading' };
const listeners = new Set<() => void>();
let subscribed = false;

// One subscription for the whole app; INITIAL_SESSION arrives once supabase-js has read (and if need be refreshed) storage.
function subscribe(listener: () => void) {
  if (!subscribed) {
    subscribed = true;
    supabase.auth.onAuthStateChange((_event, session) => {
      state = session ? { status: 'signed-in', session } : { status: 'signed-out' };
      listeners.forEach((l) => l());
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useSession = (): SessionState => useSyncExternalStore(subscribe, () => state);
