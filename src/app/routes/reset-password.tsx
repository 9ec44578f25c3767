// /reset-password: the recovery email's link lands here with a recovery session; a new password, then the dashboard.
import { Link, useNavigate } from '@/lib/router';
import { EmailLinkPage } from '@/features/auth/components/email-link-page';

export function Component() {
  const navigate = useNavigate();
  return (
    <>
      <title>Choose a new password · Smart ATS</title>
      <EmailLinkPage
        title="Choose a new password"
        intro="Pick a password you don't use elsewhere."
        submitLabel="Save the new password"
        expiredHelp={
          <>
            Reset links work once, within an hour.{' '}
            <Link to="/forgot-password" className="font-medium underline">
              Send me a new link
            </Link>
          </>
        }
        onDone={async () => navigate('/dashboard', { replace: true })}
      />
    </>
  );
}
