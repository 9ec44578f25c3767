// The applicant's emails: every one sent or waiting, with its template, address, time, sender and outcome. A waiting
// one can be cancelled; recruiters send the interview invitation or the offer from here.
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { errorMessage } from '@/lib/errors';
import { useApplicationEmails, useEmailActions, type ApplicationEmail, type StageTemplate } from '../api/application-emails.ts';
import { TEMPLATE_LABELS } from './template-labels.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export type ApplicantEmailsProps = {
  applicationId: string;
  canSend: boolean;
  me: string;
  nameOf: (userId: string) => string;
};

const STATUS: Record<string, { label: string; className: string }> = {
  pending: { label: 'Waiting', className: 'bg-amber-100 text-amber-900' },
  sending: { label: 'Sending', className: 'bg-sky-100 text-sky-900' },
  sent: { label: 'Sent', className: 'bg-emerald-100 text-emerald-900' },
  failed: { label: 'Failed', className: 'bg-rose-100 text-rose-900' },
  cancelled: { label: 'Cancelled', className: 'bg-slate-100 text-slate-700' },
};

export function ApplicantEmails({ applicationId, canSend, me, nameOf }: ApplicantEmailsProps) {
  const emails = useApplicationEmails(applicationId);
  const { cancel, send } = useEmailActions(applicationId);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const who = (userId: string | null) => (userId === null ? 'automatically' : userId === me ? 'by you' : `by ${nameOf(userId)}`);

  const onSend = (template: StageTemplate) => {
    setMessage(null);
    send.mutate(template, {
      onSuccess: () => setMessage({ tone: 'success', text: `The ${TEMPLATE_LABELS[template].toLowerCase()} is on its way.` }),
      onError: (error) => setMessage({ tone: 'error', text: errorMessage(error) }),
    });
  };
  const onCancel = (email: ApplicationEmail) => {
    setMessage(null);
    cancel.mutate(email.id, {
      onSuccess: () =>
        setMessage({ tone: 'success', text: `The ${TEMPLATE_LABELS[email.template]?.toLowerCase() ?? 'email'} was cancelled; nothing is sent.` }),
      onError: (error) => setMessage({ tone: 'error', text: errorMessage(error) }),
    });
  };

  return (
    <section aria-labelledby="emails-heading" className={`${cardClass} p-4`}>
      <h2 id="emails-heading" className="text-sm font-semibold text-slate-900">
        Emails
      </h2>
      {canSend && (
        <div className="mt-2 flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" busy={send.isPending && send.variables === 'interview'} onClick={() => onSend('interview')}>
            Send interview invitation
          </Button>
          <Button variant="secondary" size="sm" busy={send.isPending && send.variables === 'offer'} onClick={() => onSend('offer')}>
            Send offer
          </Button>
        </div>
      )}
      <div className="mt-2 empty:hidden" aria-live="polite">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
      </div>
      {emails.isPending ? (
        <p className="mt-2 text-sm text-slate-500">Loading…</p>
      ) : emails.isError ? (
        <p role="alert" className="mt-2 text-sm text-rose-700">
          The emails could not be loaded: {errorMessage(emails.error)}
        </p>
      ) : !emails.data.length ? (
        <p className="mt-2 text-sm text-slate-500">No emails to this candidate yet.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100" aria-label="Emails to the candidate">
          {emails.data.map((email) => (
            <EmailRow
              key={email.id}
              email={email}
              who={who}
              canCancel={canSend}
              cancelling={cancel.isPending && cancel.variables === email.id}
              onCancel={onCancel}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function EmailRow({
  email,
  who,
  canCancel,
  cancelling,
  onCancel,
}: {
  email: ApplicationEmail;
  who: (userId: string | null) => string;
  canCancel: boolean;
  cancelling: boolean;
  onCancel: (email: ApplicationEmail) => void;
}) {
  const status = STATUS[email.status] ?? STATUS.pending;
  const name = TEMPLATE_LABELS[email.template] ?? email.template;
  const when =
    email.status === 'sent' && email.sent_at
      ? `sent ${dateTime.format(new Date(email.sent_at))}`
      : email.status === 'cancelled' && email.cancelled_at
        ? `cancelled ${dateTime.format(new Date(email.cancelled_at))}${email.cancelled_by ? ` ${who(email.cancelled_by)}` : ''}`
        : email.status === 'pending'
          ? `to be sent ${dateTime.format(new Date(email.send_after))}`
          : `queued ${dateTime.format(new Date(email.created_at))}`;
  return (
    <li className="py-2.5 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium text-slate-900">
          {name} <span className={`ml-1 rounded-full px-2 py-0.5 text-xs font-medium ${status.className}`}>{status.label}</span>
        </p>
        {canCancel && email.status === 'pending' && (
          <Button variant="danger" size="sm" busy={cancelling} onClick={() => onCancel(email)} aria-label={`Cancel the ${name.toLowerCase()}`}>
            Cancel
          </Button>
        )}
      </div>
      {email.subject && <p className="mt-0.5 break-words text-slate-700">“{email.subject}”</p>}
      <p className="mt-0.5 break-all text-slate-600">To {email.to_address}</p>
      <p className="text-xs text-slate-600">
        Queued {who(email.created_by)} {dateTime.format(new Date(email.created_at))} · {when}
      </p>
      {email.last_error && email.status !== 'sent' && (
        <p className="mt-0.5 text-xs text-rose-700">
          {email.status === 'failed' ? 'Not sent' : `Attempt ${email.attempts} failed, trying again`}: {email.last_error}
        </p>
      )}
    </li>
  );
}
