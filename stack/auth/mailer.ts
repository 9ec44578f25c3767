// Auth emails as GoTrue sends them (internal/mailer/template.go default subjects and bodies), through the
// stack's SMTP server; a project's own templates come from [auth.email.template.<kind>] in config.toml on hosted.
import nodemailer from 'nodemailer';
import { MAIL_SENDER, type StackConfig } from '../config.ts';

export type EmailKind = 'invite' | 'magiclink' | 'recovery';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const TEMPLATES: Record<
  EmailKind,
  { subject: string; html: (url: string, site: string, otp: string) => string; text: (url: string, site: string, otp: string) => string }
> = {
  invite: {
    subject: 'You have been invited',
    html: (url, site) =>
      `<h2>You have been invited</h2>\n<p>You have been invited to create a user on ${escapeHtml(site)}. Follow this link to accept the invite:</p>\n<p><a href="${escapeHtml(url)}">Accept the invite</a></p>`,
    text: (url, site) => `You have been invited to create a user on ${site}. Follow this link to accept the invite:\n\n${url}\n`,
  },
  magiclink: {
    subject: 'Your Magic Link',
    html: (url, _site, otp) =>
      `<h2>Magic Link</h2>\n<p>Follow this link to login:</p>\n<p><a href="${escapeHtml(url)}">Log In</a></p>\n<p>Alternatively, enter the code: ${otp}</p>`,
    text: (url, _site, otp) => `Follow this link to log in:\n\n${url}\n\nAlternatively, enter the code: ${otp}\n`,
  },
  recovery: {
    subject: 'Reset Your Password',
    html: (url) =>
      `<h2>Reset Password</h2>\n<p>Follow this link to reset the password for your user:</p>\n<p><a href="${escapeHtml(url)}">Reset Password</a></p>`,
    text: (url) => `Follow this link to reset the password for your user:\n\n${url}\n`,
  },
};

export function createMailer(config: StackConfig) {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.smtpPort,
    secure: false,
    ignoreTLS: true,
    connectionTimeout: 5_000,
  });
  return {
    async send(kind: EmailKind, to: string, link: string, siteUrl: string, otp: string) {
      const t = TEMPLATES[kind];
      await transport.sendMail({ from: MAIL_SENDER, to, subject: t.subject, html: t.html(link, siteUrl, otp), text: t.text(link, siteUrl, otp) });
    },
    close: () => transport.close(),
  };
}

export type Mailer = ReturnType<typeof createMailer>;
