// Email + password sign-in; supabase-js stores the session and keeps refreshing it.
import { useMutation } from '@tanstack/react-query';
import { AuthApiError } from '@supabase/supabase-js';
import { AppError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';

export type Credentials = { email: string; password: string };

export async function signIn({ email, password }: Credentials): Promise<void> {
  const { error } = await supabase.auth.signInWithPassword({ email, password });
  if (!error) return;
  if (error instanceof AuthApiError && (error.status === 400 || error.code === 'invalid_credentials')) {
    throw new AppError('invalid', 'The email or password is not right. Check them and try again.', { cause: error });
  }
  if (error instanceof AuthApiError && error.status === 429)
    throw new AppError('rate_limited', 'Too many attempts. Wait a minute, then try again.', { cause: error });
  throw new AppError('unavailable', 'Signing in is not possible right now: the server did not answer. Try again in a moment.', { cause: error });
}

export const useSignIn = () => useMutation({ mutationFn: signIn });
