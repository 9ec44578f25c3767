// /dashboard/settings/emails: owners set the rejection delay, the rejection reasons and the email templates. Other
// members are told who can change them.
import { EmptyState } from '@/components/ui/empty-state';
import { RejectionDelayForm } from './rejection-delay-form.tsx';
import { RejectionReasonsEditor } from './rejection-reasons-editor.tsx';
import { TemplatesEditor } from './templates-editor.tsx';

export type SettingsOrg = { org_id: string; org_name: string; role: string };

export function EmailSettingsPage({ org }: { org: SettingsOrg }) {
  if (org.role !== 'owner') {
    return (
      <EmptyState title="Only owners change the email settings">Ask an owner of {org.org_name} to change the templates, reasons or delay.</EmptyState>
    );
  }
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Emails of {org.org_name}</h1>
        <p className="mt-1 text-sm text-slate-600">What candidates receive from {org.org_name}, and how rejections are handled.</p>
      </div>
      <RejectionDelayForm orgId={org.org_id} />
      <RejectionReasonsEditor orgId={org.org_id} />
      <TemplatesEditor orgId={org.org_id} orgName={org.org_name} />
    </div>
  );
}
