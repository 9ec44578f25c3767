// Invite by email with a role: team-invite sends GoTrue's invitation (or adds someone who already has an account).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/v4-mini';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, controlClass } from '@/components/ui/field';
import { errorMessage } from '@/lib/errors';
import { zodResolver } from '@/lib/zod-resolver';
import { useInviteMember } from '../api/team-invite.ts';
import { ROLE_VALUES } from '../types.ts';
import { ROLES } from './roles.ts';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const inviteSchema = z.object({
  email: z.string().check(
    z.trim(),
    z.minLength(1, 'Enter the email address of the person to invite'),
    z.maxLength(254, 'An email address has at most 254 characters'),
    z.refine((v) => v === '' || EMAIL.test(v), 'Enter an email address like name@company.com'),
  ),
  role: z.enum(ROLE_VALUES),
});
type InviteValues = z.infer<typeof inviteSchema>;

export function InviteForm({ orgId, orgName }: { orgId: string; orgName: string }) {
  const invite = useInviteMember(orgId);
  const [sent, setSent] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<InviteValues>({ resolver: zodResolver(inviteSchema), defaultValues: { email: '', role: 'recruiter' } });

  const onSubmit = handleSubmit((values) => {
    setSent(null);
    invite.mutate(values, {
      onSuccess: (result) => {
        setSent(
          result.addedExistingUser
            ? `${values.email} already had an account and is now a member of ${orgName}.`
            : `Invitation sent to ${values.email}.`,
        );
        reset({ email: '', role: values.role });
      },
    });
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="invite-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id="invite-heading" className="text-base font-semibold text-slate-900">
        Invite a teammate
      </h2>
      <p className="mt-1 text-sm text-slate-600">They get an email with a link to set a password; they join {orgName} with the role you choose.</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-start">
        <Field label="Email address" type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
        <div>
          <label htmlFor="invite-role" className="block text-sm font-medium text-slate-900">
            Role
          </label>
          <select id="invite-role" className={`mt-1.5 ${controlClass}`} {...register('role')}>
            {ROLES.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label} — {r.hint}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" busy={invite.isPending} className="sm:mt-7">
          {invite.isPending ? 'Sending…' : 'Send invitation'}
        </Button>
      </div>
      <div className="mt-4 empty:hidden">
        {invite.error && <Alert tone="error">{errorMessage(invite.error)}</Alert>}
        {sent && <Alert tone="success">{sent}</Alert>}
      </div>
    </form>
  );
}
