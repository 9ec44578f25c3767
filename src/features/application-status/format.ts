// Dates on the status page, as a person reads them.
export const formatDate = (iso: string) => new Date(iso).toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric' });

/** "about 12 min" for a wait given in seconds. */
export const formatWait = (seconds: number) => `about ${Math.max(1, Math.ceil(seconds / 60))} min`;
