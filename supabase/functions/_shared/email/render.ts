// Renders an organisation's plain-text template into an email's subject, text and HTML parts. Used by send-emails
// (Deno) and by the templates page's preview (browser), so what owners preview is what candidates get. Templates are
// plain text: the HTML part escapes every character of template and values alike, so neither can carry markup.

export const MERGE_FIELDS = ['candidate_first_name', 'job_title', 'organization', 'status_link'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Record<MergeField, string>;
export type EmailTemplate = { subject: string; body: string };
export type RenderedEmail = { subject: string; text: string; html: string };

/** The same limits as public.email_templates' checks. */
export const TEMPLATE_LIMITS = { subject: 200, body: 5000 } as const;

const FIELD = /\{\{([^}]*)\}\}/g;
// Control characters (CR and LF among them) never reach a header or a line of their own from a merge value.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NO_LINK_TEXT = 'the private link shown when you applied';

type Segment = { text: string } | { field: MergeField };

/** The merge fields a template names that are not offered, in order of appearance (empty when all are known). */
export function unknownFields(template: string): string[] {
  return [...template.matchAll(FIELD)].map((m) => m[1].trim()).filter((f) => !(MERGE_FIELDS as readonly string[]).includes(f));
}

function segments(template: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of template.matchAll(FIELD)) {
    const name = m[1].trim();
    if (!(MERGE_FIELDS as readonly string[]).includes(name)) continue;
    if (m.index > last) out.push({ text: template.slice(last, m.index) });
    out.push({ field: name as MergeField });
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}

const clean = (value: string, max: number) => value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, max);

/** What a candidate is called in an email: the first word of the name they typed. */
export const firstName = (fullName: string) => clean(fullName, 200).split(' ')[0] ?? '';

const isLink = (value: string) => /^https?:\/\/[^\s"'<>]+$/.test(value);

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function value(values: MergeValues, field: MergeField): string {
  if (field === 'status_link') return isLink(values.status_link) ? values.status_link : NO_LINK_TEXT;
  return clean(values[field], 200);
}

export function renderEmail(template: EmailTemplate, values: MergeValues): RenderedEmail {
  const subject = clean(
    segments(template.subject)
      .map((s) => ('field' in s ? value(values, s.field) : s.text))
      .join(''),
    TEMPLATE_LIMITS.subject + 400,
  );
  const body = segments(template.body.replace(/\r\n?/g, '\n'));
  const text = body.map((s) => ('field' in s ? value(values, s.field) : s.text)).join('');
  const inner = body
    .map((s) => {
      if ('text' in s) return escapeHtml(s.text);
      const v = value(values, s.field);
      return s.field === 'status_link' && isLink(v) ? `<a href="${escapeHtml(v)}">${escapeHtml(v)}</a>` : escapeHtml(v);
    })
    .join('');
  const paragraphs = inner
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
  return { subject, text, html: htmlDocument(subject, paragraphs) };
}

export function htmlDocument(subject: string, innerHtml: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 16px; line-height: 1.5; color: #1f2937; max-width: 600px; margin: 0 auto; padding: 24px;">
${innerHtml}
</body></html>`;
}

/** Sample values for the templates page's preview. */
export const PREVIEW_VALUES: MergeValues = {
  candidate_first_name: 'Ava',
  job_title: 'Backend Developer',
  organization: 'Acme',
  status_link: 'https://jobs.example.com/applications/3f1c2b7e-8d4a-4c61-9b2e-5a7d0e9f1c23?key=preview',
};
