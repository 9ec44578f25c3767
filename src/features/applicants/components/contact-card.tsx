// How to reach the candidate, and the links they gave (opened in a new tab without handing over this page).
import type { ApplicationDetail } from '../types.ts';
import { cardClass } from './styles.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);

export function ContactCard({ application }: { application: ApplicationDetail }) {
  const links = [
    ['LinkedIn', safeUrl(application.links.linkedin)],
    ['Portfolio', safeUrl(application.links.portfolio)],
  ].filter((l): l is [string, string] => !!l[1]);
  return (
    <section aria-labelledby="contact-heading" className={`${cardClass} p-4`}>
      <h2 id="contact-heading" className="text-sm font-semibold text-slate-900">
        Contact
      </h2>
      <dl className="mt-3 grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2 text-sm">
        <dt className="text-slate-500">Email</dt>
        <dd className="min-w-0 break-words">
          <a href={`mailto:${application.email}`} className="text-indigo-700 hover:underline">
            {application.email}
          </a>
        </dd>
        <dt className="text-slate-500">Phone</dt>
        <dd>
          {application.phone ? (
            <a href={`tel:${application.phone.replace(/[^\d+]/g, '')}`} className="text-indigo-700 hover:underline">
              {application.phone}
            </a>
          ) : (
            <span className="text-slate-500">Not given</span>
          )}
        </dd>
        {links.map(([label, url]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="min-w-0 truncate">
              <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="text-indigo-700 hover:underline">
                {url.replace(/^https?:\/\/(www\.)?/i, '')}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </dd>
          </div>
        ))}
        <dt className="text-slate-500">Applied</dt>
        <dd>
          <time dateTime={application.created_at}>{dateTime.format(new Date(application.created_at))}</time>
        </dd>
      </dl>
    </section>
  );
}

export function CoverLetter({ text }: { text: string | null }) {
  return (
    <section aria-labelledby="cover-heading" className={`${cardClass} p-4`}>
      <h2 id="cover-heading" className="text-sm font-semibold text-slate-900">
        Cover letter
      </h2>
      {/* Plain text on purpose: whatever the candidate typed is shown, never interpreted as HTML. */}
      {text?.trim() ? (
        <p className="mt-2 text-sm leading-relaxed whitespace-pre-wrap text-slate-700">{text}</p>
      ) : (
        <p className="mt-2 text-sm text-slate-500">No cover letter.</p>
      )}
    </section>
  );
}
