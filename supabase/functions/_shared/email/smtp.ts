// SMTP settings from function secrets and one pooled nodemailer transport per drain.
import nodemailer from 'nodemailer';

export type SmtpSettings = { host: string; port: number; secure: boolean; user?: string; pass?: string; sender: string };

/** Null when SMTP_HOST or SMTP_SENDER is not set: nothing is claimed, so every email waits for a configured sender. */
export function smtpSettings(): SmtpSettings | null {
  const host = Deno.env.get('SMTP_HOST');
  const sender = Deno.env.get('SMTP_SENDER') ?? Deno.env.get('SMTP_FROM');
  if (!host || !sender) return null;
  const port = Number(Deno.env.get('SMTP_PORT') ?? 587);
  return {
    host,
    port,
    // Port 465 is TLS from the first byte; others upgrade with STARTTLS when the server offers it.
    secure: (Deno.env.get('SMTP_SECURE') ?? String(port === 465)) === 'true',
    user: Deno.env.get('SMTP_USER') || undefined,
    pass: Deno.env.get('SMTP_PASS') || undefined,
    sender,
  };
}

export type OutgoingEmail = { to: string; subject: string; text: string; html: string; messageId: string; outboxId: string };

export function openTransport(s: SmtpSettings) {
  const transport = nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.secure,
    auth: s.user ? { user: s.user, pass: s.pass ?? '' } : undefined,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 15_000,
  });
  return {
    send: (m: OutgoingEmail) =>
      transport.sendMail({
        from: s.sender,
        // An address object is used as one mailbox, never parsed as a list.
        to: { name: '', address: m.to },
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId: m.messageId,
        headers: { 'X-Smart-ATS-Outbox-Id': m.outboxId, 'Auto-Submitted': 'auto-generated' },
      }),
    close: () => transport.close(),
  };
}
