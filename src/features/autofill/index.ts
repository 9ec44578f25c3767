// What the apply form uses: the hook that fills empty fields from a picked resume, and the line that says what it did.
export { useAutofill, type Autofill, type AutofillForm } from './use-autofill.ts';
export { AutofillNotice } from './components/autofill-notice.tsx';
// The apply page's readability check (a password, a scan) shares autofill's one read of the file.
export { inspectResume, openResume, type ResumeReadability } from './read-resume.ts';
