// One note: who wrote it and when, its text with mentions marked; its author may edit or delete it, and anyone may
// open its earlier wordings once it was edited.
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { errorMessage } from '@/lib/errors';
import { hasVisibleText } from '@/lib/visible-text';
import { useChangeNote } from '../api/change-note.ts';
import { useNoteHistory } from '../api/get-note-history.ts';
import { splitMentions } from '../mentions.ts';
import { MentionTextarea } from './mention-textarea.tsx';

export type NoteView = { id: string; author: string; body: string; created_at: string; edited_at: string | null };
type Member = { user_id: string; email: string };

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const linkButton = 'text-xs font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600';

export function NoteItem({
  note,
  applicationId,
  who,
  me,
  mine,
  members,
  onStatus,
}: {
  note: NoteView;
  applicationId: string;
  who: string;
  me: string;
  mine: boolean;
  members: readonly Member[];
  onStatus: (message: string) => void;
}) {
  const { edit, remove } = useChangeNote(applicationId);
  const [draft, setDraft] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [problem, setProblem] = useState('');
  const history = useNoteHistory(note.id, showHistory);
  const editId = useId();
  const known = new Set(members.map((m) => m.email.toLowerCase()));

  const save = () => {
    const body = (draft ?? '').trim();
    if (!hasVisibleText(body)) return setProblem('A note cannot be empty; delete it instead.');
    edit.mutate(
      { noteId: note.id, body },
      {
        onSuccess: () => {
          setDraft(null);
          setProblem('');
          onStatus('Note saved.');
        },
        onError: (error) => setProblem(`The note was not saved: ${errorMessage(error)}`),
      },
    );
  };

  return (
    <li className="rounded-md bg-slate-50 px-3 py-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-xs text-slate-600">
          <span className="font-medium text-slate-700">{who}</span> ·{' '}
          <time dateTime={note.created_at}>{dateTime.format(new Date(note.created_at))}</time>
          {note.edited_at && (
            <>
              {' · '}
              <button type="button" className={linkButton} aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
                edited
              </button>
            </>
          )}
        </p>
        {mine && draft === null && (
          <span className="flex gap-3">
            <button
              type="button"
              className={linkButton}
              onClick={() => setDraft(note.body)}
              aria-label={`Edit your note of ${dateTime.format(new Date(note.created_at))}`}
            >
              Edit
            </button>
            <button
              type="button"
              className={linkButton}
              onClick={() => setConfirming(true)}
              aria-label={`Delete your note of ${dateTime.format(new Date(note.created_at))}`}
            >
              Delete
            </button>
          </span>
        )}
      </div>
      {draft === null ? (
        <p className="mt-1 text-sm whitespace-pre-wrap text-slate-800">
          {splitMentions(note.body, known).map((part, i) =>
            part.mention ? (
              <mark key={i} className="rounded bg-indigo-100 px-0.5 text-indigo-900">
                {part.text}
              </mark>
            ) : (
              part.text
            ),
          )}
        </p>
      ) : (
        <div className="mt-2 space-y-2">
          <label htmlFor={editId} className="sr-only">
            Edit the note
          </label>
          <MentionTextarea
            id={editId}
            rows={3}
            maxLength={10_000}
            value={draft}
            onValueChange={setDraft}
            members={members}
            me={me}
            autoFocus
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
              if (e.key === 'Escape') setDraft(null);
            }}
          />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" size="sm" onClick={() => setDraft(null)}>
              Cancel
            </Button>
            <Button size="sm" onClick={save} busy={edit.isPending}>
              Save
            </Button>
          </div>
        </div>
      )}
      {problem && (
        <p role="alert" className="mt-1 text-xs text-rose-700">
          {problem}
        </p>
      )}
      {showHistory && (
        <div className="mt-2 border-l-2 border-slate-200 pl-3">
          <h3 className="text-xs font-semibold text-slate-700">Earlier wording</h3>
          {history.isPending ? (
            <p className="text-xs text-slate-600">Loading…</p>
          ) : history.isError ? (
            <p role="alert" className="text-xs text-rose-700">
              The history could not be loaded: {errorMessage(history.error)}
            </p>
          ) : (
            <ol className="mt-1 space-y-1" aria-label="Earlier wording">
              {history.data.map((r) => (
                <li key={r.id} className="text-xs text-slate-700">
                  <span className="text-slate-600">until {dateTime.format(new Date(r.changed_at))}:</span>{' '}
                  <span className="whitespace-pre-wrap">{r.body}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
      <Dialog
        open={confirming}
        title="Delete this note?"
        description="It leaves the notes; its wording stays in the application's history for your organization."
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
            <Button
              variant="danger"
              busy={remove.isPending}
              // mutateAsync: the note leaves the list (this item unmounts) before a mutate() callback would run.
              onClick={() =>
                remove.mutateAsync(note.id).then(
                  () => onStatus('Note deleted.'),
                  (error) => {
                    setConfirming(false);
                    setProblem(`The note was not deleted: ${errorMessage(error)}`);
                  },
                )
              }
            >
              Delete note
            </Button>
          </>
        }
      />
    </li>
  );
}
