// Forgotten passwords and invitations: GoTrue's recovery email, and setting a password in the session an email's
// link opened (recovery or invite), then joining the organizations the invitation named.
import { useMutation } from '@tanstack/react-query';
import { AuthApiError } from '@supabase/supabase-js';
import { AppError, fromPostgrestError } from '@/lib/errors';
import { authRedirectHash, supabase } from '@/lib/supabase';

export async function requestPasswordReset(email: string): Promise<void> {
  const { error } = await supabase.auth.resetPasswordForEmail(email, { redirectTo: `${window.location.origin}/reset-password` });
  if (!error) return;
  if (error instanceof AuthApiError && error.status === 429)
    throw new AppError('rate_limited', 'A reset email was just sent. Wait a few seconds, then try again.', { cause: error });
  if (error instanceof AuthApiError && error.status === 400)
    throw new AppError('invalid', 'Enter an email address like name@company.com.', { cause: error });
  throw new AppError('unavailable', 'The reset email could not be sent right now. Try again in a moment.', { cause: error });
}

export async function setPassword(password: string): Promise<void> {
  const { error } = await supabase.auth.updateUser({ password });
  if (!error) return;
  if (error instanceof AuthApiError && error.code === 'same_password')
    throw new AppError('invalid', 'Choose a password different from your current one.', { cause: error });
  if (error instanceof AuthApiError && error.code === 'weak_password') throw new AppError('invalid', 'Choose a longer password.', { cause: error });
  if (error instanceof AuthApiError && (error.status === 401 || error.status === 403))
    throw new AppError('denied', 'Your link has expired. Ask for a new one.', { cause: error });
  throw new AppError('unavailable', 'The password could not be saved right now. Try again in a moment.', { cause: error });
}

/** Marks the invitations of the signed-in user accepted; the organizations they joined, the latest first. */
export async function acceptInvitations(): Promise<{ org_id: string; org_slug: string; role: string }[]> {
  const { data, error } = await supabase.rpc('accept_team_invitations');
  if (error) throw fromPostgrestError(error);
  return data ?? [];
}

/** Why the email link did not sign anyone in, if it did not (GoTrue's #error=…&error_code=… fragment). */
export function linkError(): { code: string; description: string } | null {
  const params = new URLSearchParams(authRedirectHash.replace(/^#/, ''));
  const code = params.get('error_code') ?? params.get('error');
  return code ? { code, description: params.get('error_description') ?? '' } : null;
}

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
export const useSetPassword = () => useMutation({ mutationFn: setPassword });
