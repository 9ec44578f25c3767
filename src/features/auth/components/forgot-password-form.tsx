// "Forgot password?": an address in, GoTrue's recovery email out; the answer never says whether the address is known.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/v4-mini';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { errorMessage } from '@/lib/errors';
import { zodResolver } from '@/lib/zod-resolver';
import { useRequestPasswordReset } from '../api/password.ts';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const schema = z.object({
  email: z.string().check(
    z.trim(),
    z.minLength(1, 'Enter your email address'),
    z.refine((v) => v === '' || EMAIL.test(v), 'Enter an email address like name@company.com'),
  ),
});
type Values = z.infer<typeof schema>;

export function ForgotPasswordForm() {
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '' } });

  if (sentTo) {
    return (
      <Alert tone="success" title="Check your email">
        If {sentTo} belongs to an account, a link to choose a new password is on its way. It works once, within an hour.
      </Alert>
    );
  }
  return (
    <form onSubmit={handleSubmit((v) => request.mutate(v.email, { onSuccess: () => setSentTo(v.email) }))} noValidate className="space-y-5">
      {request.error && <Alert tone="error">{errorMessage(request.error)}</Alert>}
      <Field label="Email" type="email" autoComplete="username" autoFocus error={errors.email?.message} {...register('email')} />
      <Button type="submit" busy={request.isPending} className="w-full">
        {request.isPending ? 'Sending…' : 'Send me a reset link'}
      </Button>
    </form>
  );
}
