// On the apply form: the organisation's current privacy notice, the required consent to it and the optional
// "keep me in mind for other roles" consent. Without a notice, the one sentence the form always had.
import type { ReactNode } from 'react';
import type { PrivacyNotice } from '../types.ts';

export function PrivacyNoticeText({ notice, organizationName }: { notice: PrivacyNotice; organizationName: string }) {
  return (
    <div className="space-y-2">
      {notice.body && (
        <div
          tabIndex={0}
          role="region"
          aria-label={`Privacy notice of ${organizationName}, version ${notice.version}`}
          className="max-h-48 overflow-y-auto whitespace-pre-line rounded-md border border-slate-200 bg-slate-50 p-3 text-sm leading-6 text-slate-800"
        >
          {notice.body}
        </div>
      )}
      {notice.url && (
        <p className="text-sm">
          <a href={notice.url} target="_blank" rel="noopener noreferrer" className="font-medium text-indigo-700 underline">
            Read {organizationName}'s full privacy notice<span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      )}
    </div>
  );
}

export function ConsentCheckbox({ label, error, errorId, children }: { label: ReactNode; error?: string; errorId?: string; children: ReactNode }) {
  return (
    <div>
      <label className="flex items-start gap-2.5 text-base text-slate-900 sm:text-sm">
        {children}
        <span>{label}</span>
      </label>
      {error && (
        <p id={errorId} className="mt-1.5 text-sm font-medium text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
