// Turns one claimed outbox row into the email to send: a candidate email from the organisation's template, or a
// member's notification (new application, daily digest, a mention in a note) in fixed wording.
import { escapeHtml, firstName, htmlDocument, renderEmail, type RenderedEmail } from './render.ts';
import { sha256Hex, statusKeyFor } from '../status-key.ts';

export type ClaimedEmail = {
  id: string;
  lease_token: string;
  message_id: string;
  template: string;
  to_address: string;
  attempts: number;
  payload: Record<string, unknown>;
  organization: string;
  job_title: string | null;
  candidate_name: string | null;
  application_id: string | null;
  resume_path: string | null;
  status_key_hash: string | null;
  subject_template: string | null;
  body_template: string | null;
};

type DigestJob = { jobId: string; title: string; count: number };

export const siteUrl = () => (Deno.env.get('SITE_URL') ?? 'http://127.0.0.1:5173').replace(/\/+$/, '');

/** The status link, only when the key derived from the resume path is the one the candidate's browser stored. */
async function statusLink(row: ClaimedEmail): Promise<string> {
  if (!row.resume_path || !row.status_key_hash || !row.application_id) return '';
  const key = await statusKeyFor(row.resume_path);
  if ((await sha256Hex(key)) !== row.status_key_hash) return '';
  return `${siteUrl()}/applications/${row.application_id}?key=${key}`;
}

export async function compose(row: ClaimedEmail): Promise<RenderedEmail> {
  if (row.template === 'new_application') return newApplication(row);
  if (row.template === 'daily_digest') return digest(row);
  if (row.template === 'mention') return mention(row);
  if (row.subject_template === null || row.body_template === null) throw new Error(`no ${row.template} template for this organization`);
  return renderEmail(
    { subject: row.subject_template, body: row.body_template },
    {
      candidate_first_name: firstName(row.candidate_name ?? ''),
      job_title: row.job_title ?? '',
      organization: row.organization,
      status_link: await statusLink(row),
    },
  );
}

const applicantUrl = (jobId: string, applicationId: string) => `${siteUrl()}/dashboard/jobs/${jobId}/applications/${applicationId}`;
const text = (value: unknown, max = 200) =>
  String(value ?? '')
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .slice(0, max);

function newApplication(row: ClaimedEmail): RenderedEmail {
  const p = row.payload;
  const title = text(p.jobTitle);
  const url = applicantUrl(text(p.jobId), text(p.applicationId));
  const subject = `New application for ${title}`;
  const body = `${text(p.candidateName)} applied for ${title} at ${text(row.organization)}.`;
  return {
    subject,
    text: `${body}\n\nOpen the application: ${url}\n\nYou get this because you follow ${title}; change it in your notification settings.`,
    html: htmlDocument(
      subject,
      `<p>${escapeHtml(body)}</p>\n<p><a href="${escapeHtml(url)}">Open the application</a></p>\n<p>You get this because you follow ${escapeHtml(title)}; change it in your notification settings.</p>`,
    ),
  };
}

function digest(row: ClaimedEmail): RenderedEmail {
  const jobs = (Array.isArray(row.payload.jobs) ? row.payload.jobs : []) as DigestJob[];
  // The payload names at most 40 jobs; its total counts every job followed.
  const total = Number(row.payload.total) || jobs.reduce((n, j) => n + (Number(j.count) || 0), 0);
  const more = total - jobs.reduce((n, j) => n + (Number(j.count) || 0), 0);
  const subject = `${total} new application${total === 1 ? '' : 's'} at ${text(row.organization)} today`;
  const lines = jobs.map((j) => `${text(j.title)}: ${Number(j.count) || 0} new — ${siteUrl()}/dashboard/jobs/${text(j.jobId)}`);
  if (more > 0) lines.push(`Other jobs: ${more} new`);
  const items = jobs
    .map(
      (j) =>
        `<li><a href="${escapeHtml(`${siteUrl()}/dashboard/jobs/${text(j.jobId)}`)}">${escapeHtml(text(j.title))}</a>: ${Number(j.count) || 0} new</li>`,
    )
    .concat(more > 0 ? [`<li>Other jobs: ${more} new</li>`] : [])
    .join('\n');
  return {
    subject,
    text: `New applications in the last day for the jobs you follow:\n\n${lines.join('\n')}\n\nChange this in your notification settings.`,
    html: htmlDocument(
      subject,
      `<p>New applications in the last day for the jobs you follow:</p>\n<ul>\n${items}\n</ul>\n<p>Change this in your notification settings.</p>`,
    ),
  };
}

function mention(row: ClaimedEmail): RenderedEmail {
  const p = row.payload;
  const who = text(p.authorEmail);
  const candidate = text(p.candidateName);
  const url = applicantUrl(text(p.jobId), text(p.applicationId));
  const subject = `${who} mentioned you in a note on ${candidate}`;
  const intro = `${who} mentioned you in a note on ${candidate} (${text(p.jobTitle)}) at ${text(row.organization)}:`;
  const excerpt = String(p.excerpt ?? '').slice(0, 500);
  return {
    subject: text(subject, 300),
    text: `${intro}\n\n${excerpt}\n\nOpen the application: ${url}`,
    html: htmlDocument(
      subject,
      `<p>${escapeHtml(intro)}</p>\n<blockquote style="white-space:pre-wrap">${escapeHtml(excerpt)}</blockquote>\n<p><a href="${escapeHtml(url)}">Open the application</a></p>`,
    ),
  };
}
