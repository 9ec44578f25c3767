// A spinning ring; decorative unless given a label (then screen readers hear the label).
const SIZES = { sm: 'size-4', md: 'size-5', lg: 'size-8' } as const;

export function Spinner({ size = 'md', label, className = '' }: { size?: keyof typeof SIZES; label?: string; className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 ${className}`} role={label ? 'status' : undefined}>
      <svg className={`${SIZES[size]} animate-spin`} viewBox="0 0 24 24" fill="none" aria-hidden="true">
        <circle cx="12" cy="12" r="10" stroke="currentColor" strokeOpacity="0.25" strokeWidth="4" />
        <path d="M22 12a10 10 0 0 0-10-10" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
      </svg>
      {label && <span className="sr-only">{label}</span>}
    </span>
  );
}
