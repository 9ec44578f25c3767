// A thin bar at the top of the page while the next page's code downloads (the old page stays until it is ready).
import { useSyncExternalStore } from 'react';

let pending = 0;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Shows the bar until `loading` settles; the router wraps every lazy page's import in it. */
export function trackNavigation<T>(loading: Promise<T>): Promise<T> {
  pending += 1;
  notify();
  const done = () => {
    pending -= 1;
    notify();
  };
  loading.then(done, done);
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function NavigationProgress() {
  const loading = useSyncExternalStore(subscribe, () => pending > 0);
  if (!loading) return null;
  return (
    <div aria-hidden="true" className="fixed inset-x-0 top-0 z-50 h-0.5 overflow-hidden bg-indigo-100">
      <div className="h-full w-1/3 animate-[navigation-progress_1s_ease-in-out_infinite] bg-indigo-600" />
    </div>
  );
}
