// Where the candidate came from: ?source= or utm_source on the job or apply address, in the shape
// applications_source_shape admits (lower case, letters, digits, . _ -, at most 60), kept for the tab's session.

const key = (jobSlug: string) => `smart-ats:source:${jobSlug}`;

/** The campaign tag in a query string, normalised; null when there is none or nothing usable is left. */
export function sourceFromSearch(search: string): string | null {
  const params = new URLSearchParams(search);
  const raw = params.get('source') ?? params.get('utm_source') ?? '';
  const tag = raw
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 60);
  return /^[a-z0-9][a-z0-9._-]{0,59}$/.test(tag) ? tag : null;
}

/** The tag in this address, else the one an earlier page of this job in this tab saw. */
export function rememberSource(jobSlug: string, search: string): string | null {
  const found = sourceFromSearch(search);
  try {
    if (found) sessionStorage.setItem(key(jobSlug), found);
    return found ?? sessionStorage.getItem(key(jobSlug));
  } catch {
    return found;
  }
}
