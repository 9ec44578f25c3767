// GoTrue's invitation email (auth.admin.inviteUserByEmail): creates the user or re-sends to one not yet signed in.
import { adminClient } from '../_shared/admin.ts';
import { FunctionError } from '../_shared/errors.ts';

/** Sends the invitation and returns the invited user's id; GoTrue's rate limit and refusals keep their meaning. */
export async function sendInvitation(email: string, redirectTo: string | undefined): Promise<string> {
  const { data, error } = await adminClient().auth.admin.inviteUserByEmail(email, redirectTo ? { redirectTo } : {});
  if (error) {
    if (error.status === 429)
      throw new FunctionError('rate_limited', 'An invitation was just sent to this address; wait a few seconds before sending another.', {
        'retry-after': '5',
      });
    if (error.status === 400 || error.status === 422) throw new FunctionError('bad_request', error.message);
    throw new FunctionError('internal_error', `The invitation email could not be sent: ${error.message}`);
  }
  return data.user.id;
}
