// Signs out and lands on the sign-in page.
import { useNavigate } from '@/lib/router';
import { useSignOut } from '../api/sign-out.ts';

export function SignOutButton({ className = '' }: { className?: string }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      disabled={signOut.isPending}
      onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
      className={className}
    >
      {signOut.isPending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
