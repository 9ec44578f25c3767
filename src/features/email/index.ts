// The email feature's public face: the reject dialog, the applicant's emails and the owners' email settings page.
export { RejectDialog, rejectionAnnouncement, type RejectDialogProps } from './components/reject-dialog.tsx';
export { ApplicantEmails, type ApplicantEmailsProps } from './components/applicant-emails.tsx';
export { EmailSettingsPage } from './components/email-settings-page.tsx';
export type { RejectionResult } from './api/reject-applications.ts';
export { rejectionReasonsQueryOptions } from './api/rejection-reasons.ts';
