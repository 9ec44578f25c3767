// /accept-invite: the invitation email's link lands here; the invitee sets a password and opens the organization
// that invited them, with the role the owner chose.
import { useNavigate } from '@/lib/router';
import { acceptInvitations } from '@/features/auth/api/password';
import { EmailLinkPage } from '@/features/auth/components/email-link-page';
import { rememberCurrentOrg } from '@/features/dashboard/components/org-context';

export function Component() {
  const navigate = useNavigate();
  return (
    <>
      <title>Accept your invitation · Smart ATS</title>
      <EmailLinkPage
        title="Join your team"
        intro="Choose a password to finish setting up your account."
        submitLabel="Set password and continue"
        expiredHelp="Invitation links work once, within an hour. Ask the owner who invited you to send the invitation again."
        onDone={async () => {
          const [joined] = await acceptInvitations();
          if (joined) rememberCurrentOrg(joined.org_id);
          navigate('/dashboard', { replace: true });
        }}
      />
    </>
  );
}
