// Which contact details a resume can fill in, how each is checked before it is offered, and which form fields a
// fill may touch: only the empty ones, and an undo takes back only what still holds the filled value.
export const AUTOFILL_FIELDS = ['fullName', 'email', 'phone', 'linkedin', 'portfolio'] as const;
export type AutofillField = (typeof AUTOFILL_FIELDS)[number];
export type ResumeDetails = Partial<Record<AutofillField, string>>;
export type Fill = { field: AutofillField; value: string };

export const FIELD_LABELS: Record<AutofillField, string> = {
  fullName: 'Full name',
  email: 'Email',
  phone: 'Phone',
  linkedin: 'LinkedIn profile',
  portfolio: 'Portfolio or website',
};

/** What the scoring module's parseFields returns, as far as the form cares. */
export type ParsedContact = {
  name: string | null;
  email: string | null;
  phone: string | null;
  links: { linkedin?: string; github?: string; portfolio?: string };
};

// The apply form's own rules (and the applications table's checks), so a filled field never shows an error.
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[\d\s().\-/]+$/;
const WEB_ADDRESS = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

const checks: Record<AutofillField, (v: string) => boolean> = {
  fullName: (v) => v.length <= 200,
  email: (v) => v.length <= 254 && EMAIL.test(v),
  phone: (v) => v.length <= 40 && PHONE.test(v) && v.replace(/\D/g, '').length >= 6,
  linkedin: (v) => v.length <= 2048 && WEB_ADDRESS.test(v),
  portfolio: (v) => v.length <= 2048 && WEB_ADDRESS.test(v),
};

/** The details worth offering: found, trimmed, and acceptable to the form. A GitHub profile stands in for a portfolio. */
export function detailsFrom(parsed: ParsedContact): ResumeDetails {
  const found: Record<AutofillField, string | null | undefined> = {
    fullName: parsed.name,
    email: parsed.email,
    phone: parsed.phone,
    linkedin: parsed.links.linkedin,
    portfolio: parsed.links.portfolio ?? parsed.links.github,
  };
  const details: ResumeDetails = {};
  for (const field of AUTOFILL_FIELDS) {
    const value = found[field]?.replace(/\s+/g, ' ').trim();
    if (value && checks[field](value)) details[field] = value;
  }
  return details;
}

/** The fills for fields that are empty now; whatever the candidate typed stays. */
export function planFill(current: (field: AutofillField) => string, details: ResumeDetails): Fill[] {
  return AUTOFILL_FIELDS.flatMap((field) => {
    const value = details[field];
    return value && !current(field).trim() ? [{ field, value }] : [];
  });
}

/** The filled fields that still hold what was filled in (a field edited since is the candidate's now). */
export function planUndo(current: (field: AutofillField) => string, filled: readonly Fill[]): AutofillField[] {
  return filled.filter((f) => current(f.field) === f.value).map((f) => f.field);
}
