// The apply form's draft in sessionStorage: a reload (or a crash) loses nothing but the chosen file, and a retry after
// a reload still knows the application id and the resume it already stored.
import { emptyApplyValues, type ApplyDraftValues } from './schema.ts';

/** An uploaded (or granted) resume, recognisable again by the file's name, size and modification time. */
export type StoredUpload = {
  fingerprint: string;
  path: string;
  signedUrl: string;
  expiresAt: string;
  uploaded: boolean;
  /** What the form shows for a resume uploaded before a reload, when the File itself is gone. */
  fileName?: string;
  fileSize?: number;
};

/** One series of submission attempts: the same application id and, once stored, the same resume object. */
export type Attempt = { id: string; upload: StoredUpload | null };

export type Draft = { values: ApplyDraftValues; attempt: Attempt | null };

const key = (jobSlug: string) => `smart-ats:apply:${jobSlug}`;

export const fileFingerprint = (file: File) => `${file.name}\u0000${file.size}\u0000${file.lastModified}`;

export function loadDraft(jobSlug: string): Draft {
  try {
    const raw = sessionStorage.getItem(key(jobSlug));
    const parsed = raw ? (JSON.parse(raw) as Partial<Draft>) : {};
    const values = { ...emptyApplyValues };
    for (const field of Object.keys(values) as (keyof Omit<ApplyDraftValues, 'answers'>)[]) {
      const value = parsed.values?.[field];
      if (typeof value === 'string') values[field] = value;
    }
    // Checked against the job's questions when the form starts (draftAnswers).
    const answers = parsed.values?.answers;
    if (typeof answers === 'object' && answers !== null && !Array.isArray(answers)) values.answers = answers;
    const attempt = parsed.attempt && typeof parsed.attempt.id === 'string' ? parsed.attempt : null;
    return { values, attempt };
  } catch {
    return { values: { ...emptyApplyValues }, attempt: null };
  }
}

export function saveDraft(jobSlug: string, draft: Draft) {
  try {
    sessionStorage.setItem(key(jobSlug), JSON.stringify(draft));
  } catch {
    // Private mode or a full quota: the form still works, it just won't survive a reload.
  }
}

export function clearDraft(jobSlug: string) {
  try {
    sessionStorage.removeItem(key(jobSlug));
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}

/** The draft of one job's form, read once and written through on every change. */
export type DraftStore = {
  readonly values: ApplyDraftValues;
  readonly attempt: Attempt | null;
  saveValues: (values: ApplyDraftValues) => void;
  saveAttempt: (attempt: Attempt | null) => void;
  clear: () => void;
};

// One store per job for the page's lifetime: the form and the background upload write the same draft.
const stores = new Map<string, DraftStore>();

export function draftStore(jobSlug: string): DraftStore {
  let store = stores.get(jobSlug);
  if (!store) stores.set(jobSlug, (store = createDraftStore(jobSlug)));
  return store;
}

function createDraftStore(jobSlug: string): DraftStore {
  let draft = loadDraft(jobSlug);
  return {
    get values() {
      return draft.values;
    },
    get attempt() {
      return draft.attempt;
    },
    saveValues(values) {
      draft = { ...draft, values };
      saveDraft(jobSlug, draft);
    },
    saveAttempt(attempt) {
      draft = { ...draft, attempt };
      saveDraft(jobSlug, draft);
    },
    clear() {
      draft = { values: { ...emptyApplyValues }, attempt: null };
      clearDraft(jobSlug);
    },
  };
}
