// The app's buttons (and links that look like buttons): one look per intent, a visible focus ring, a busy state.
import type { ButtonHTMLAttributes } from 'react';
import { Spinner } from './spinner.tsx';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

const BASE =
  'inline-flex items-center justify-center gap-2 rounded-md font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-60';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-indigo-600 text-white shadow-sm hover:bg-indigo-700 active:bg-indigo-800',
  secondary: 'border border-slate-300 bg-white text-slate-800 shadow-sm hover:bg-slate-50 active:bg-slate-100',
  ghost: 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
  danger: 'border border-rose-300 bg-white text-rose-700 shadow-sm hover:bg-rose-50',
};

const SIZES: Record<ButtonSize, string> = {
  sm: 'px-2.5 py-1.5 text-sm',
  md: 'px-4 py-2 text-sm',
  lg: 'px-5 py-2.5 text-base',
};

/** Classes for anything that should look like a button, e.g. a router <Link>. */
export const buttonClass = ({
  variant = 'primary',
  size = 'md',
  className = '',
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) => `${BASE} ${VARIANTS[variant]} ${SIZES[size]} ${className}`.trim();

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner while work it started runs; the button ignores clicks but keeps focus (aria-disabled, not disabled). */
  busy?: boolean;
  ref?: React.Ref<HTMLButtonElement>;
};

export function Button({ variant, size, busy = false, className, type = 'button', onClick, children, ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClass({ variant, size, className: `${busy ? 'cursor-progress opacity-80' : ''} ${className ?? ''}` })}
      aria-disabled={busy || undefined}
      onClick={(e) => (busy ? e.preventDefault() : onClick?.(e))}
      {...props}
    >
      {busy && <Spinner size="sm" />}
      {children}
    </button>
  );
}
