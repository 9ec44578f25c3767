// Web addresses as people type them.

/** `linkedin.com/in/ava` is what people type: an address without a scheme gets https:// in front. */
export function withHttps(value: string): string {
  const v = value.trim();
  return v === '' || /^[a-z][a-z\d+.-]*:/i.test(v) ? v : `https://${v.replace(/^\/+/, '')}`;
}
