// The organisation's privacy notice: its settings page, and what the apply form shows and sends.
export { currentPrivacyNoticeOptions, useCurrentPrivacyNotice } from './api/get-privacy-notice.ts';
export { ConsentCheckbox, PrivacyNoticeText } from './components/consent-fields.tsx';
export type { PrivacyNotice } from './types.ts';
