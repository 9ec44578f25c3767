// The organisation's email templates: members read them, owners edit subject and body (checked in Postgres).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AppError, fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Tables } from '@/lib/database.types';
import { emailKeys } from './keys.ts';

export type EmailTemplateRow = Pick<Tables<'email_templates'>, 'kind' | 'subject' | 'body' | 'updated_at' | 'updated_by'>;
export const TEMPLATE_KINDS = ['received', 'rejection', 'interview', 'offer'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export async function getTemplates(orgId: string): Promise<EmailTemplateRow[]> {
  const { data, error } = await supabase.from('email_templates').select('kind, subject, body, updated_at, updated_by').eq('org_id', orgId);
  if (error) throw fromPostgrestError(error);
  return data;
}

export const templatesQueryOptions = (orgId: string) => queryOptions({ queryKey: emailKeys.templates(orgId), queryFn: () => getTemplates(orgId) });

export const useTemplates = (orgId: string) => useQuery(templatesQueryOptions(orgId));

export async function saveTemplate(orgId: string, kind: TemplateKind, subject: string, body: string) {
  const { data, error } = await supabase.from('email_templates').update({ subject, body }).eq('org_id', orgId).eq('kind', kind).select('kind');
  const denied = 'Only an owner can edit the email templates.';
  if (error) {
    if (error.code === '23514')
      throw new AppError(
        'invalid',
        'The template was not saved: the subject needs 1–200 characters on one line, the body 1–5000, and only the merge fields listed.',
        { code: error.code, cause: error },
      );
    throw fromPostgrestError(error, { denied });
  }
  if (!data.length) throw fromPostgrestError({ code: '42501' }, { denied });
}

export function useSaveTemplate(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, subject, body }: { kind: TemplateKind; subject: string; body: string }) => saveTemplate(orgId, kind, subject, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: emailKeys.templates(orgId) }),
  });
}
