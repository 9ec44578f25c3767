// Autofill for the apply form: when a resume is picked, its details fill the fields that are still empty, and the
// candidate sees what was filled with an undo. The form never waits on it: after the deadline it is skipped quietly.
import { useCallback, useEffect, useRef, useState } from 'react';
import { planFill, planUndo, type AutofillField, type Fill } from './fields.ts';
import { prepareAutofill, readResume } from './read-resume.ts';

/** The slice of react-hook-form's API autofill uses (a `useForm()` result fits). */
export type AutofillForm = {
  getValues: (field: AutofillField) => string;
  setValue: (field: AutofillField, value: string, options?: { shouldDirty?: boolean; shouldValidate?: boolean }) => void;
};

export type AutofillState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'filled'; filled: Fill[] }
  | { status: 'nothing_to_fill'; found: number }
  | { status: 'skipped'; reason: 'unreadable' | 'timeout' }
  | { status: 'undone'; filled: Fill[] };

export function useAutofill(form: AutofillForm) {
  const [state, setState] = useState<AutofillState>({ status: 'idle' });
  const reading = useRef<AbortController | null>(null);
  // What the current resume filled in (also after an undo), so a replaced or removed resume takes its details along.
  const filledByResume = useRef<Fill[]>([]);
  useEffect(() => () => reading.current?.abort(), []);

  /** Clears the fields that still hold what the previous resume filled in; edited ones are the candidate's. */
  const takeBackPrevious = useCallback(() => {
    for (const field of planUndo((f) => form.getValues(f) ?? '', filledByResume.current)) form.setValue(field, '', { shouldDirty: true });
    filledByResume.current = [];
  }, [form]);

  const fillFrom = useCallback(
    async (file: File) => {
      // A newer file wins: the read of the previous one stops, and the previous file's details make room for its own.
      reading.current?.abort();
      takeBackPrevious();
      const controller = new AbortController();
      reading.current = controller;
      setState({ status: 'reading' });
      const outcome = await readResume(file, { signal: controller.signal });
      if (outcome.status === 'cancelled') return;
      reading.current = null;
      if (outcome.status !== 'read') return setState({ status: 'skipped', reason: outcome.status });
      // Checked now, not when the file was picked: anything typed meanwhile stays.
      const fills = planFill((field) => form.getValues(field) ?? '', outcome.details);
      for (const { field, value } of fills) form.setValue(field, value, { shouldDirty: true, shouldValidate: true });
      filledByResume.current = fills;
      setState(fills.length ? { status: 'filled', filled: fills } : { status: 'nothing_to_fill', found: Object.keys(outcome.details).length });
    },
    [form, takeBackPrevious],
  );

  const undo = useCallback(() => {
    if (state.status !== 'filled') return;
    for (const field of planUndo((f) => form.getValues(f) ?? '', state.filled)) form.setValue(field, '', { shouldDirty: true });
    setState({ status: 'undone', filled: state.filled });
  }, [form, state]);

  /** Fills again what an undo took back, where the fields are still empty. */
  const redo = useCallback(() => {
    if (state.status !== 'undone') return;
    const fills = planFill((field) => form.getValues(field) ?? '', Object.fromEntries(state.filled.map((f) => [f.field, f.value])));
    for (const { field, value } of fills) form.setValue(field, value, { shouldDirty: true, shouldValidate: true });
    setState(fills.length ? { status: 'filled', filled: fills } : { status: 'idle' });
  }, [form, state]);

  /** The resume was removed: a read still running is dropped, and what it filled in (unedited) goes with it. */
  const cancel = useCallback(() => {
    reading.current?.abort();
    reading.current = null;
    takeBackPrevious();
    setState({ status: 'idle' });
  }, [takeBackPrevious]);

  // The candidate is starting on the form (a field focused, a file dragged over): load the reader meanwhile.
  return { state, fillFrom, undo, redo, cancel, prepare: prepareAutofill };
}

export type Autofill = ReturnType<typeof useAutofill>;
