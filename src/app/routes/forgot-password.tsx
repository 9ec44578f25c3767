// /forgot-password: ask for the recovery email; its link opens /reset-password.
import { Link } from '@/lib/router';
import { AuthCard } from '@/features/auth/components/auth-card';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';

export function Component() {
  return (
    <>
      <title>Forgot password · Smart ATS</title>
      <AuthCard
        title="Reset your password"
        intro="Enter the email address you sign in with; we'll send you a link to choose a new password."
        footer={
          <Link to="/login" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
            Back to sign in
          </Link>
        }
      >
        <ForgotPasswordForm />
      </AuthCard>
    </>
  );
}
