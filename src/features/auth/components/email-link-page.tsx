// What an auth email's link opens: GoTrue put the session (or why there is none) in the URL fragment; with a session
// the person sets a password, then `onDone` decides where they go.
import { Link } from '@/lib/router';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { useSession } from '../api/use-session.ts';
import { linkError, useSetPassword } from '../api/password.ts';
import { AuthCard } from './auth-card.tsx';
import { SetPasswordForm } from './set-password-form.tsx';

type Props = { title: string; intro: string; submitLabel: string; expiredHelp: React.ReactNode; onDone: () => Promise<void> };

export function EmailLinkPage({ title, intro, submitLabel, expiredHelp, onDone }: Props) {
  const session = useSession();
  const save = useSetPassword();
  const failed = linkError();
  const back = (
    <Link to="/login" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
      Back to sign in
    </Link>
  );

  if (failed && session.status !== 'signed-in') {
    return (
      <AuthCard title="This link no longer works" footer={back}>
        <Alert tone="error" title={failed.code === 'otp_expired' ? 'The link has expired or was already used.' : 'The link could not be used.'}>
          {expiredHelp}
        </Alert>
      </AuthCard>
    );
  }
  if (session.status === 'loading') {
    return (
      <AuthCard title={title}>
        <Spinner label="Opening your link…" className="text-slate-500" />
      </AuthCard>
    );
  }
  if (session.status === 'signed-out') {
    return (
      <AuthCard title={title} footer={back}>
        <Alert tone="info">Open this page from the link in your email.</Alert>
      </AuthCard>
    );
  }
  const email = session.session.user.email ?? '';
  return (
    <AuthCard title={title} intro={`${intro} You are signing in as ${email}.`} footer={back}>
      <SetPasswordForm
        email={email}
        submitLabel={save.isPending ? 'Saving…' : submitLabel}
        busy={save.isPending}
        error={save.error}
        onSubmit={(password) => save.mutate(password, { onSuccess: onDone })}
      />
    </AuthCard>
  );
}
