// The team's notes on an application: read by every member, written by recruiters and owners, changed by their author.
import { useId, useRef, useState } from 'react';
import { useAddNote } from '../api/add-note.ts';
import { useNotes } from '../api/get-notes.ts';
import type { Member } from '../types.ts';
import { cardClass, primaryButton } from './styles.ts';
import { errorMessage } from '@/lib/errors';
import { hasVisibleText } from '@/lib/visible-text';
import { MentionTextarea, NoteItem } from '@/features/notes';

const draftKey = (applicationId: string) => `smart-ats:note-draft:${applicationId}`;

/** The unsent note of one application, kept in this tab (sessionStorage) so Next/Previous and reloads do not lose it. */
function useNoteDraft(applicationId: string): [string, (body: string) => void] {
  const [draft, setDraft] = useState(() => ({ applicationId, body: sessionStorage.getItem(draftKey(applicationId)) ?? '' }));
  // Another applicant in the same panel: show that applicant's draft.
  if (draft.applicationId !== applicationId) setDraft({ applicationId, body: sessionStorage.getItem(draftKey(applicationId)) ?? '' });
  const setBody = (body: string) => {
    if (body) sessionStorage.setItem(draftKey(applicationId), body);
    else sessionStorage.removeItem(draftKey(applicationId));
    setDraft({ applicationId, body });
  };
  return [draft.applicationId === applicationId ? draft.body : '', setBody];
}

export function NotesPanel({
  applicationId,
  canWrite,
  members,
  me,
}: {
  applicationId: string;
  canWrite: boolean;
  members: Member[] | undefined;
  me: string;
}) {
  const notes = useNotes(applicationId);
  const addNote = useAddNote(applicationId);
  const [body, setBody] = useNoteDraft(applicationId);
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const who = (author: string) => (author === me ? 'You' : (members?.find((m) => m.user_id === author)?.email ?? 'A former member'));

  const submit = (e?: React.FormEvent) => {
    e?.preventDefault();
    const text = body.trim();
    if (!hasVisibleText(text)) {
      setStatus('Write something before adding the note.');
      field.current?.focus();
      return;
    }
    addNote.mutate(text, {
      onSuccess: () => {
        setBody('');
        setStatus('Note added.');
      },
      onError: (error) => setStatus(`The note was not added: ${errorMessage(error)}`),
    });
  };

  return (
    <section aria-labelledby="notes-heading" className={`${cardClass} p-4`}>
      <h2 id="notes-heading" className="text-sm font-semibold text-slate-900">
        Notes {notes.data && notes.data.length > 0 && <span className="font-normal text-slate-500">({notes.data.length})</span>}
      </h2>
      {notes.isPending ? (
        <p className="mt-2 text-sm text-slate-500">Loading…</p>
      ) : notes.isError ? (
        <p role="alert" className="mt-2 text-sm text-rose-700">
          The notes could not be loaded: {errorMessage(notes.error)}
        </p>
      ) : notes.data.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No notes yet.</p>
      ) : (
        <ul className="mt-3 space-y-3" aria-label="Notes">
          {notes.data.map((n) => (
            <NoteItem
              key={n.id}
              note={n}
              applicationId={applicationId}
              who={who(n.author)}
              me={me}
              mine={canWrite && n.author === me}
              members={members ?? []}
              onStatus={setStatus}
            />
          ))}
        </ul>
      )}
      {canWrite ? (
        <form onSubmit={submit} className="mt-4 space-y-2">
          <label htmlFor={id} className="block text-xs font-medium text-slate-600">
            Add a note
          </label>
          <MentionTextarea
            id={id}
            ref={field}
            rows={3}
            maxLength={10_000}
            value={body}
            onValueChange={setBody}
            members={members ?? []}
            me={me}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
            }}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            aria-describedby={`${id}-hint`}
            placeholder="What stood out? Visible to everyone in your organization."
          />
          <p id={`${id}-hint`} className="text-xs text-slate-500">
            Type @ to mention a member (they get an email). Ctrl+Enter adds the note. An unsent note stays here for this applicant while you look at
            others.
          </p>
          <div className="flex items-center justify-between gap-2">
            <p role="status" className="text-xs text-slate-600">
              {status}
            </p>
            <button type="submit" className={primaryButton} disabled={addNote.isPending}>
              {addNote.isPending ? 'Adding…' : 'Add note'}
            </button>
          </div>
        </form>
      ) : (
        <p className="mt-4 text-xs text-slate-600">Viewers can read notes but not add them.</p>
      )}
    </section>
  );
}
