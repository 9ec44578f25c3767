// The notes feature's react-query keys; the list itself stays under the applicants feature's key.
export const noteKeys = {
  history: (noteId: string) => ['notes', 'history', noteId] as const,
};
