// A notice pinned to the bottom of the screen for the result of an action, with its Undo; it stays until closed or replaced
// (no timer, so nobody has to race it), and its status role has screen readers read it out.
import { useEffect, useRef } from 'react';

export type ToastMessage = { id: number; text: string; action?: { label: string; onClick: () => void; pending?: boolean } };

export function Toast({ toast, onClose }: { toast: ToastMessage | null; onClose: () => void }) {
  const actionRef = useRef<HTMLButtonElement>(null);
  // The control that started the action usually leaves the screen with it, so focus goes to the Undo instead of the page.
  const toastId = toast?.id;
  const hasAction = !!toast?.action;
  useEffect(() => {
    if (toastId !== undefined && hasAction) actionRef.current?.focus();
  }, [toastId, hasAction]);
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-0 z-30 flex justify-center px-3 pb-4">
      <div role="status" aria-live="polite" className="pointer-events-auto">
        {toast && (
          <div
            className="flex max-w-xl flex-wrap items-center gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg"
            onKeyDown={(e) => e.key === 'Escape' && onClose()}
          >
            <p>{toast.text}</p>
            {toast.action && (
              <button
                ref={actionRef}
                type="button"
                disabled={toast.action.pending}
                onClick={toast.action.onClick}
                className="rounded px-2 py-1 font-semibold text-indigo-200 underline hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white disabled:opacity-60"
              >
                {toast.action.pending ? 'Undoing…' : toast.action.label}
              </button>
            )}
            <button
              type="button"
              aria-label="Close notice"
              onClick={onClose}
              className="rounded px-2 py-1 text-slate-300 hover:bg-slate-800 hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
