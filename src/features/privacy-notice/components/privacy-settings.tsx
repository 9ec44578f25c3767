// /dashboard/settings/privacy: the organisation's privacy notice that candidates agree to on the apply form. Owners
// publish a new version (text, a link, or both); everyone in the organisation sees the versions.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/loading-state';
import { QueryError } from '@/components/ui/query-error';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/errors';
import { hasVisibleText } from '@/lib/visible-text';
import { usePrivacyNoticeVersions } from '../api/get-privacy-notice-versions.ts';
import { usePublishPrivacyNotice } from '../api/publish-privacy-notice.ts';
import { NOTICE_BODY_MAX, type PrivacyNotice } from '../types.ts';

const schema = z
  .object({
    body: z.string().max(NOTICE_BODY_MAX, `At most ${NOTICE_BODY_MAX.toLocaleString('en')} characters`),
    url: z
      .string()
      .trim()
      .max(2048, 'At most 2,048 characters')
      .refine((u) => u === '' || /^https:\/\/[^\s/]+\.[^\s]+$/i.test(u), 'A link starting with https://, e.g. https://acme.example/privacy'),
  })
  .refine((v) => hasVisibleText(v.body) || v.url !== '', { path: ['body'], message: 'Write the notice, or give a link to it below' });
type Values = z.infer<typeof schema>;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function PrivacySettings({ org }: { org: { org_id: string; org_name: string; role: string } }) {
  const versions = usePrivacyNoticeVersions(org.org_id);
  if (versions.isPending) return <LoadingState label="Loading the privacy notice…" />;
  if (versions.isError)
    return (
      <QueryError
        title="The privacy notice could not be loaded"
        error={versions.error}
        onRetry={() => versions.refetch()}
        retrying={versions.isFetching}
      />
    );
  const current = versions.data[0] ?? null;
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Privacy notice</h1>
        <p className="mt-1 text-sm text-slate-600">
          {current
            ? `Candidates applying to ${org.org_name} must agree to version ${current.version} before they can send an application; each application stores the version and the time.`
            : `${org.org_name} has no privacy notice yet, so the apply form only says that applying stores the candidate's details. Publish one to ask every candidate for consent.`}
        </p>
      </div>
      {org.role === 'owner' ? (
        <NoticeForm orgId={org.org_id} current={current} />
      ) : (
        <Alert tone="info">Only owners of {org.org_name} can publish a new version.</Alert>
      )}
      <Versions versions={versions.data} />
    </div>
  );
}

function NoticeForm({ orgId, current }: { orgId: string; current: PrivacyNotice | null }) {
  const publish = usePublishPrivacyNotice(orgId);
  const [published, setPublished] = useState<number | null>(null);
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors, isDirty },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { body: current?.body ?? '', url: current?.url ?? '' } });
  const bodyLength = useWatch({ control, name: 'body' }).length;
  const onSubmit = handleSubmit((v) =>
    publish.mutate(
      { body: v.body.trim(), url: v.url || null },
      {
        onSuccess: (notice) => {
          setPublished(notice.version);
          reset({ body: notice.body, url: notice.url ?? '' });
        },
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className={`${cardClass} space-y-4 p-5`} aria-label="Publish the privacy notice">
      <Textarea
        label="Notice"
        hint="Plain text, shown on the apply form above the consent checkbox. Blank lines separate paragraphs."
        rows={10}
        maxLength={NOTICE_BODY_MAX}
        length={bodyLength}
        error={errors.body?.message}
        {...register('body')}
      />
      <Field
        label="Link to the full notice"
        optional
        type="url"
        inputMode="url"
        placeholder="https://acme.example/privacy"
        hint="Opens in a new tab from the apply form."
        error={errors.url?.message}
        {...register('url')}
      />
      {publish.error && <Alert tone="error">{errorMessage(publish.error)}</Alert>}
      <div className="flex flex-wrap items-center justify-end gap-3">
        {published && !isDirty && (
          <p role="status" className="text-sm text-emerald-700">
            Version {published} published. New applications ask for consent to it.
          </p>
        )}
        <Button type="submit" busy={publish.isPending} disabled={!isDirty && !!current}>
          {publish.isPending ? 'Publishing…' : current ? `Publish as version ${current.version + 1}` : 'Publish version 1'}
        </Button>
      </div>
    </form>
  );
}

function Versions({ versions }: { versions: PrivacyNotice[] }) {
  if (!versions.length) return null;
  return (
    <section aria-labelledby="versions-heading" className={`${cardClass} p-5`}>
      <h2 id="versions-heading" className="text-base font-semibold text-slate-900">
        Versions
      </h2>
      <ol className="mt-3 space-y-3">
        {versions.map((v) => (
          <li key={v.id} className="border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
            <details>
              <summary className="cursor-pointer text-sm font-medium text-slate-900">
                Version {v.version} · {dateTime.format(new Date(v.created_at))}
                {v === versions[0] ? ' · current' : ''}
              </summary>
              {v.body && <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{v.body}</p>}
              {v.url && (
                <p className="mt-2 text-sm">
                  <a href={v.url} target="_blank" rel="noopener noreferrer" className="text-indigo-700 underline">
                    {v.url}
                  </a>
                </p>
              )}
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
