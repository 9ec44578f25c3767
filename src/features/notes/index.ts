// The notes feature's public face: one note with edit, delete and history, and the note box with @mentions.
export { NoteItem, type NoteView } from './components/note-item.tsx';
export { MentionTextarea } from './components/mention-textarea.tsx';
