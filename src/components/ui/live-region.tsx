// A polite status region: screen readers announce what changes here (results of async work) without moving focus.
export function LiveRegion({ message, visible = false }: { message: string; visible?: boolean }) {
  return (
    <p role="status" aria-live="polite" className={visible ? 'text-sm text-slate-600' : 'sr-only'}>
      {message}
    </p>
  );
}
