// Under the resume picker: what autofill is doing or did. A fill lists the fields it filled, with an undo; a resume
// it could not read gets one quiet line, and the form carries on as if autofill did not exist.
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { FIELD_LABELS } from '../fields.ts';
import type { Autofill } from '../use-autofill.ts';

const list = (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

export function AutofillNotice({ autofill }: { autofill: Autofill }) {
  const { state, undo, redo } = autofill;
  return (
    <div role="status" data-testid="autofill-notice" className="text-sm">
      {state.status === 'reading' && (
        <p className="flex items-center gap-2 text-slate-600">
          <Spinner size="sm" /> Reading your details from the resume, on this device…
        </p>
      )}
      {(state.status === 'filled' || state.status === 'undone') && (
        // One box for both states, so the button keeps focus as Undo turns into Fill in again and back.
        <div className="flex items-center justify-between gap-4 rounded-lg border border-indigo-200 bg-indigo-50/60 px-4 py-3">
          <p className="min-w-0 flex-1 text-slate-800">
            <span className="font-semibold text-slate-900">
              {state.status === 'filled' ? 'Filled in from your resume:' : 'Removed what was filled in:'}
            </span>{' '}
            {list(state.filled.map((f) => FIELD_LABELS[f.field]))}.{state.status === 'filled' && ' Please check them.'}
          </p>
          <Button variant="secondary" size="sm" className="shrink-0" onClick={state.status === 'filled' ? undo : redo}>
            {state.status === 'filled' ? 'Undo' : 'Fill in again'}
          </Button>
        </div>
      )}
      {state.status === 'nothing_to_fill' && (
        <p className="text-slate-600">
          {state.found
            ? 'Nothing to fill in from your resume: those fields already have your details.'
            : 'Your resume has no contact details we could fill in.'}
        </p>
      )}
      {state.status === 'skipped' && <p className="text-slate-600">We couldn&apos;t read your details from this file, so please type them in.</p>}
    </div>
  );
}
