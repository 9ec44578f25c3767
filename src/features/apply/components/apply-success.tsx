// After the row exists: the application's reference (short and full) and what happens next.
import { useEffect, useRef, useState } from 'react';
import { Link } from '@/lib/router';
import { buttonClass } from '@/components/ui/button';
import { Icon } from '@/components/ui/icons';
import { StatusLinkCard } from '@/features/application-status';

/** The first block of the UUID, as a person would read it out on the phone. */
export const shortReference = (id: string) => id.slice(0, 8).toUpperCase();

type ApplySuccessProps = { applicationId: string; jobTitle: string; jobSlug: string; organizationName: string; email: string };

export function ApplySuccess({ applicationId, jobTitle, jobSlug, organizationName, email }: ApplySuccessProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(applicationId);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="max-w-2xl">
      <title>{`Application sent · ${jobTitle} · Smart ATS`}</title>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <span className="grid size-12 place-items-center rounded-full bg-emerald-100 text-emerald-700">
          <Icon name="check" className="size-7" />
        </span>
        <h1 ref={heading} tabIndex={-1} className="mt-5 text-2xl font-semibold tracking-tight text-slate-900 focus:outline-none sm:text-3xl">
          Application sent
        </h1>
        <p role="status" className="mt-2 text-base text-slate-700">
          Thank you! Your application for <strong className="font-semibold text-slate-900">{jobTitle}</strong> at {organizationName} has been
          received.
        </p>

        <div className="mt-6 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200 ring-inset">
          <p className="text-sm text-slate-600">Your reference</p>
          <p className="mt-0.5 font-mono text-2xl font-semibold tracking-wider text-slate-900" data-testid="application-reference">
            {shortReference(applicationId)}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
            <span>
              Full reference:{' '}
              <code className="font-mono text-xs break-all text-slate-800" data-testid="application-id">
                {applicationId}
              </code>
            </span>
            <button type="button" onClick={copy} className="rounded font-medium text-indigo-700 hover:underline">
              Copy
            </button>
            <span role="status" className="text-emerald-700">
              {copied ? 'Copied' : ''}
            </span>
          </div>
          <p className="mt-2 text-sm text-slate-600">Mention it if you contact the hiring team about this application.</p>
        </div>
        <StatusLinkCard applicationId={applicationId} />

        <h2 className="mt-8 text-lg font-semibold text-slate-900">What happens next</h2>
        <ol className="mt-3 space-y-3 text-sm leading-6 text-slate-700">
          <Step n={1}>Your resume is stored privately; only {organizationName}'s hiring team can open it.</Step>
          <Step n={2}>The team reviews applications for this role, usually within one to two weeks.</Step>
          <Step n={3}>
            If your profile is a match, they will contact you at <strong className="font-medium text-slate-900">{email}</strong>.
          </Step>
        </ol>

        <div className="mt-8 flex flex-wrap gap-3">
          <Link to="/" className={buttonClass()}>
            See more open jobs
          </Link>
          <Link to={`/jobs/${jobSlug}`} className={buttonClass({ variant: 'secondary' })}>
            Back to the job description
          </Link>
        </div>
      </div>
    </div>
  );
}

function Step({ n, children }: { n: number; children: React.ReactNode }) {
  return (
    <li className="flex gap-3">
      <span aria-hidden="true" className="grid size-6 shrink-0 place-items-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-800">
        {n}
      </span>
      <span>{children}</span>
    </li>
  );
}
