// A determinate progress bar (role=progressbar with aria-valuenow) for work whose size we know, such as an upload.
export function Progress({ value, label, valueText }: { value: number; label: string; valueText?: string }) {
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText ?? `${percent}%`}
      className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div className="h-full rounded-full bg-indigo-600 transition-[width] duration-150 ease-out" style={{ width: `${percent}%` }} />
    </div>
  );
}
