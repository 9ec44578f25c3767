// A labelled multi-line control; with maxLength it shows a live character counter.
import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldShell, controlClass } from './field.tsx';

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'maxLength'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  id?: string;
  /** The limit the counter counts towards; typing past it is allowed so validation can say so. */
  maxLength?: number;
  /** The current length, for the counter (the caller owns the value). */
  length?: number;
  ref?: React.Ref<HTMLTextAreaElement>;
};

export function Textarea({ label, hint, error, optional, id, className, maxLength, length = 0, rows = 6, ...textarea }: TextareaProps) {
  const counter = maxLength ? <CharacterCounter length={length} max={maxLength} /> : undefined;
  return (
    <FieldShell label={label} hint={hint} error={error} optional={optional} id={id} className={className} after={counter}>
      {(ids) => <textarea {...ids} rows={rows} className={`${controlClass} resize-y`} {...textarea} />}
    </FieldShell>
  );
}

function CharacterCounter({ length, max }: { length: number; max: number }) {
  const left = max - length;
  const near = left <= max * 0.1;
  const format = (n: number) => n.toLocaleString('en');
  return (
    <>
      <p className={`text-right text-sm tabular-nums ${left < 0 ? 'font-medium text-rose-700' : near ? 'text-amber-800' : 'text-slate-600'}`}>
        {format(length)} / {format(max)} characters
      </p>
      {/* Screen readers hear the count only once it matters, not on every keystroke. */}
      <p className="sr-only" aria-live="polite">
        {left < 0 ? `${format(-left)} characters over the limit` : near ? `${format(left)} characters left` : ''}
      </p>
    </>
  );
}
