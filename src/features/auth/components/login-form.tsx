// Email + password sign-in for recruiters; on success the caller decides where to go.
import { useForm } from 'react-hook-form';
import * as z from 'zod/v4-mini';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { errorMessage } from '@/lib/errors';
import { zodResolver } from '@/lib/zod-resolver';
import { useSignIn } from '../api/sign-in.ts';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const loginSchema = z.object({
  email: z.string().check(
    z.trim(),
    z.minLength(1, 'Enter your email address'),
    z.refine((v) => v === '' || EMAIL.test(v), 'Enter an email address like name@company.com'),
  ),
  password: z.string().check(z.minLength(1, 'Enter your password')),
});
type LoginValues = z.infer<typeof loginSchema>;

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const signIn = useSignIn();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginValues>({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit((values) => signIn.mutate(values, { onSuccess: onSignedIn }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {signIn.error && <Alert tone="error">{errorMessage(signIn.error)}</Alert>}
      <Field label="Email" type="email" autoComplete="username" autoFocus error={errors.email?.message} {...register('email')} />
      <Field label="Password" type="password" autoComplete="current-password" error={errors.password?.message} {...register('password')} />
      <Button type="submit" busy={signIn.isPending} className="w-full">
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
