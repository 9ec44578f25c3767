// The organisation's four candidate emails: subject and plain-text body with merge fields, checked here as Postgres
// checks them, and a live preview of both parts rendered by the same code send-emails uses.
import { useId, useMemo, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { controlClass } from '@/components/ui/field';
import { errorMessage } from '@/lib/errors';
import { MERGE_FIELDS, PREVIEW_VALUES, TEMPLATE_LIMITS, renderEmail, unknownFields } from '@email-render';
import { TEMPLATE_KINDS, useSaveTemplate, useTemplates, type EmailTemplateRow, type TemplateKind } from '../api/templates.ts';
import { TEMPLATE_LABELS } from './template-labels.ts';

const WHEN: Record<TemplateKind, string> = {
  received: 'Sent to every candidate the moment they apply, with their private status link.',
  rejection: 'Sent after the rejection delay when a recruiter rejects and keeps “Send the rejection email” ticked.',
  interview: 'Sent when a recruiter presses “Send interview invitation” on the applicant page.',
  offer: 'Sent when a recruiter presses “Send offer” on the applicant page.',
};

export function TemplatesEditor({ orgId, orgName }: { orgId: string; orgName: string }) {
  const templates = useTemplates(orgId);
  const [kind, setKind] = useState<TemplateKind>('received');
  const groupId = useId();
  const current = templates.data?.find((t) => t.kind === kind);
  return (
    <section aria-labelledby="templates-heading" className={`${cardClass} p-4 sm:p-5`}>
      <h2 id="templates-heading" className="text-base font-semibold text-slate-900">
        Email templates
      </h2>
      <p className="mt-1 text-sm text-slate-600">Plain text; the HTML part is made from it. Merge fields are filled in for each candidate.</p>
      <fieldset className="mt-3">
        <legend className="sr-only">Template</legend>
        <div className="flex flex-wrap gap-2">
          {TEMPLATE_KINDS.map((k) => (
            <label
              key={k}
              className={`cursor-pointer rounded-md border px-3 py-1.5 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600 ${
                k === kind ? 'border-indigo-600 bg-indigo-600 text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'
              }`}
            >
              <input type="radio" name={groupId} value={k} checked={k === kind} onChange={() => setKind(k)} className="sr-only" />
              {TEMPLATE_LABELS[k]}
            </label>
          ))}
        </div>
      </fieldset>
      {templates.isPending ? (
        <p className="mt-3 text-sm text-slate-500">Loading…</p>
      ) : templates.isError ? (
        <Alert tone="error">{errorMessage(templates.error)}</Alert>
      ) : !current ? (
        <Alert tone="error">This template is missing; ask support to restore the defaults.</Alert>
      ) : (
        <TemplateForm key={`${kind}:${current.updated_at}`} orgId={orgId} orgName={orgName} template={current} kind={kind} />
      )}
    </section>
  );
}

function problems(subject: string, body: string) {
  const out: { subject?: string; body?: string } = {};
  const unknownIn = (text: string) => unknownFields(text).map((f) => `{{${f}}}`);
  if (!subject.trim()) out.subject = 'Write a subject.';
  else if (subject.length > TEMPLATE_LIMITS.subject) out.subject = `The subject has at most ${TEMPLATE_LIMITS.subject} characters.`;
  else if (/[\r\n]/.test(subject)) out.subject = 'The subject must stay on one line.';
  else if (unknownIn(subject).length) out.subject = `Unknown merge field ${unknownIn(subject).join(', ')}.`;
  if (!body.trim()) out.body = 'Write the email.';
  else if (body.length > TEMPLATE_LIMITS.body) out.body = `The email has at most ${TEMPLATE_LIMITS.body} characters.`;
  else if (unknownIn(body).length) out.body = `Unknown merge field ${unknownIn(body).join(', ')}.`;
  return out;
}

function TemplateForm({ orgId, orgName, template, kind }: { orgId: string; orgName: string; template: EmailTemplateRow; kind: TemplateKind }) {
  const save = useSaveTemplate(orgId);
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const errors = problems(subject, body);
  const preview = useMemo(() => renderEmail({ subject, body }, { ...PREVIEW_VALUES, organization: orgName }), [subject, body, orgName]);
  const dirty = subject !== template.subject || body !== template.body;

  const insert = (field: string) => {
    const area = document.getElementById(`${id}-body`) as HTMLTextAreaElement | null;
    const at = area?.selectionStart ?? body.length;
    const end = area?.selectionEnd ?? at;
    setBody(`${body.slice(0, at)}{{${field}}}${body.slice(end)}`);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(at + field.length + 4, at + field.length + 4);
    });
  };

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (errors.subject || errors.body) return setShowErrors(true);
    save.mutate({ kind, subject, body }, { onSuccess: () => setSaved(true) });
  };

  const fieldError = (which: 'subject' | 'body') =>
    showErrors && errors[which] ? (
      <p id={`${id}-${which}-error`} className="mt-1.5 text-sm font-medium text-rose-700">
        {errors[which]}
      </p>
    ) : null;
  const ariaFor = (which: 'subject' | 'body') => ({
    'aria-invalid': showErrors && errors[which] ? true : undefined,
    'aria-describedby': [showErrors && errors[which] ? `${id}-${which}-error` : '', `${id}-${which}-count`].filter(Boolean).join(' '),
  });

  return (
    <div className="mt-4 grid gap-5 lg:grid-cols-2">
      <form onSubmit={onSubmit} noValidate className="min-w-0 space-y-3" aria-label={`Edit the ${TEMPLATE_LABELS[kind].toLowerCase()}`}>
        <p className="text-sm text-slate-600">{WHEN[kind]}</p>
        <div>
          <label htmlFor={`${id}-subject`} className="block text-sm font-medium text-slate-900">
            Subject
          </label>
          <input
            id={`${id}-subject`}
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
            className={`mt-1.5 ${controlClass}`}
            {...ariaFor('subject')}
          />
          <p id={`${id}-subject-count`} className="mt-1 text-xs text-slate-600">
            {subject.length} / {TEMPLATE_LIMITS.subject}
          </p>
          {fieldError('subject')}
        </div>
        <div>
          <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-900">
            Email
          </label>
          <textarea
            id={`${id}-body`}
            rows={12}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            className={`mt-1.5 font-mono ${controlClass}`}
            {...ariaFor('body')}
          />
          <p id={`${id}-body-count`} className="mt-1 text-xs text-slate-600">
            {body.length} / {TEMPLATE_LIMITS.body}
          </p>
          {fieldError('body')}
        </div>
        <div role="group" aria-label="Insert a merge field" className="flex flex-wrap gap-1.5">
          {MERGE_FIELDS.map((f) => (
            <Button key={f} variant="secondary" size="sm" onClick={() => insert(f)}>
              {`{{${f}}}`}
            </Button>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" busy={save.isPending} disabled={!dirty && !save.isPending}>
            Save template
          </Button>
          {dirty && (
            <Button variant="ghost" onClick={() => (setSubject(template.subject), setBody(template.body), setShowErrors(false))}>
              Discard changes
            </Button>
          )}
        </div>
        <div className="empty:hidden" aria-live="polite">
          {save.error && <Alert tone="error">{errorMessage(save.error)}</Alert>}
          {saved && !dirty && <Alert tone="success">Saved. New emails use this wording.</Alert>}
        </div>
      </form>
      <section aria-labelledby={`${id}-preview`} className="min-w-0">
        <h3 id={`${id}-preview`} className="text-sm font-semibold text-slate-900">
          Preview <span className="font-normal text-slate-600">(sample candidate)</span>
        </h3>
        <p className="mt-2 text-sm break-words text-slate-800">
          <span className="text-slate-600">Subject: </span>
          {preview.subject}
        </p>
        <iframe
          title="HTML part of the preview"
          sandbox=""
          srcDoc={preview.html}
          className="mt-2 h-72 w-full rounded-md border border-slate-200 bg-white"
        />
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-slate-700">Plain-text part</summary>
          <pre className="mt-2 max-h-72 overflow-auto rounded-md bg-slate-50 p-3 text-xs whitespace-pre-wrap text-slate-800">{preview.text}</pre>
        </details>
      </section>
    </div>
  );
}
