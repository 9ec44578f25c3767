// A new password, typed twice, for the session an email's link opened; the caller decides what happens next.
import { useForm } from 'react-hook-form';
import * as z from 'zod/v4-mini';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { errorMessage } from '@/lib/errors';
import { zodResolver } from '@/lib/zod-resolver';

const schema = z
  .object({
    password: z.string().check(z.minLength(8, 'Use at least 8 characters'), z.maxLength(72, 'Use at most 72 characters')),
    confirm: z.string(),
  })
  .check(z.refine((v) => v.password === v.confirm, { message: 'The two passwords are not the same', path: ['confirm'] }));
type Values = z.infer<typeof schema>;

export function SetPasswordForm({
  email,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  email: string;
  submitLabel: string;
  busy: boolean;
  error: Error | null;
  onSubmit: (password: string) => void;
}) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { password: '', confirm: '' } });
  return (
    <form onSubmit={handleSubmit((v) => onSubmit(v.password))} noValidate className="space-y-5">
      {error && <Alert tone="error">{errorMessage(error)}</Alert>}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        autoFocus
        hint="At least 8 characters."
        error={errors.password?.message}
        {...register('password')}
      />
      <Field label="New password again" type="password" autoComplete="new-password" error={errors.confirm?.message} {...register('confirm')} />
      <Button type="submit" busy={busy} className="w-full">
        {submitLabel}
      </Button>
    </form>
  );
}
