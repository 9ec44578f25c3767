// A labelled form control: the label, an optional hint and the error are tied to the control with
// aria-describedby, and aria-invalid marks it while the error shows.
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export const controlClass =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-indigo-600 focus:outline-2 focus:outline-offset-0 focus:outline-indigo-600/30 aria-[invalid=true]:border-rose-600 aria-[invalid=true]:focus:outline-rose-600/30 disabled:bg-slate-100 sm:text-sm';

export type ControlIds = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

type FieldShellProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** Extra text under the control, still part of its description (e.g. a character counter). */
  after?: ReactNode;
  id?: string;
  className?: string;
  children: (ids: ControlIds) => ReactNode;
};

/** Label, hint, error and description wiring around any control the caller renders with the ids it gets. */
export function FieldShell({ label, hint, error, optional, after, id: givenId, className = '', children }: FieldShellProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const afterId = after ? `${id}-after` : undefined;
  const describedBy = [errorId, hintId, afterId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
        {optional && <span className="font-normal text-slate-600"> (optional)</span>}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="mt-1.5">{children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}</div>
      {error && (
        <p id={errorId} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-rose-700">
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="mt-0.5 size-4 shrink-0">
            <path
              fillRule="evenodd"
              d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
              clipRule="evenodd"
            />
          </svg>
          {error}
        </p>
      )}
      {after && (
        <div id={afterId} className="mt-1">
          {after}
        </div>
      )}
    </div>
  );
}

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  id?: string;
  ref?: React.Ref<HTMLInputElement>;
};

export function Field({ label, hint, error, optional, id, className, ...input }: FieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} optional={optional} id={id} className={className}>
      {(ids) => <input {...ids} className={controlClass} {...input} />}
    </FieldShell>
  );
}
