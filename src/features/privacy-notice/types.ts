// An organisation's privacy notice: text, a link, or both; every save is a new version.
export type PrivacyNotice = { id: string; org_id: string; version: number; body: string; url: string | null; created_at: string };

export const NOTICE_COLUMNS = 'id, org_id, version, body, url, created_at';
export const NOTICE_BODY_MAX = 20_000;
