// Email + password sign-in for recruiters; on success the caller decides where to go.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useSignIn } from '../api/sign-in.ts';

const loginSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address').email('Enter an email address like name@company.com'),
  password: z.string().min(1, 'Enter your password'),
});
type LoginValues = z.infer<typeof loginSchema>;

const input =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-indigo-500 focus:outline-2 focus:outline-indigo-500/40 aria-[invalid=true]:border-rose-500';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const signIn = useSignIn();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginValues>({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit((values) => signIn.mutate(values, { onSuccess: onSignedIn }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-describedby={signIn.error ? 'login-error' : undefined}>
      {signIn.error && (
        <div id="login-error" role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {signIn.error.message}
        </div>
      )}
      <div>
        <label htmlFor="login-email" className="block text-sm font-medium text-slate-800">
          Email
        </label>
        <input
          id="login-email"
          type="email"
          autoComplete="username"
          autoFocus
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? 'login-email-error' : undefined}
          className={`mt-1 ${input}`}
          {...register('email')}
        />
        {errors.email && (
          <p id="login-email-error" className="mt-1 text-sm text-rose-700">
            {errors.email.message}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="login-password" className="block text-sm font-medium text-slate-800">
          Password
        </label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? 'login-password-error' : undefined}
          className={`mt-1 ${input}`}
          {...register('password')}
        />
        {errors.password && (
          <p id="login-password-error" className="mt-1 text-sm text-rose-700">
            {errors.password.message}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={signIn.isPending}
        className="flex w-full justify-center rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
