// On the success page: the private status link, shown this once with a copy button. The key leaves this tab's
// storage once the card has it, so a reload or the back button never shows it again.
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { controlClass } from '@/components/ui/field';
import { forgetStatusKey, readStatusKey, statusPath } from '../status-key.ts';

export function StatusLinkCard({ applicationId }: { applicationId: string }) {
  const [key] = useState(() => readStatusKey(applicationId));
  useEffect(() => forgetStatusKey(applicationId), [applicationId]);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  if (!key) return null;

  const path = statusPath(applicationId, key);
  const url = `${window.location.origin}${path}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section aria-labelledby="status-link-heading" className="mt-6 rounded-lg border border-indigo-200 bg-indigo-50/60 p-4">
      <h2 id="status-link-heading" className="text-base font-semibold text-slate-900">
        Your private status link
      </h2>
      <p className="mt-1 text-sm text-slate-700">Follow where your application stands, or withdraw it, at any time from this link.</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <input
          readOnly
          value={url}
          aria-label="Private status link"
          aria-describedby="status-link-note"
          onFocus={(e) => e.currentTarget.select()}
          className={`${controlClass} font-mono text-xs sm:text-xs`}
          data-testid="status-link"
        />
        <Button variant="secondary" onClick={copy} className="shrink-0">
          Copy link
        </Button>
      </div>
      <p role="status" className={`mt-1 min-h-5 text-sm ${copied === 'failed' ? 'text-slate-700' : 'text-emerald-700'}`}>
        {copied === 'yes' ? 'Link copied.' : copied === 'failed' ? 'Copying is blocked here: select the link and copy it yourself.' : ''}
      </p>
      <p id="status-link-note" className="text-sm text-slate-700">
        <strong className="font-semibold text-slate-900">Save it now: it is shown only this once.</strong> We keep only a fingerprint of its key, so
        we cannot send it again. Anyone with the link can see this status and withdraw the application.
      </p>
      <a href={path} target="_blank" rel="noreferrer" className="mt-3 inline-block rounded-sm text-sm font-medium text-indigo-700 hover:underline">
        Open the status page in a new tab
      </a>
    </section>
  );
}
