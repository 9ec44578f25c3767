// The team-invite function: invite an address with a role, resend or revoke a pending invitation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromFunctionError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Role } from '../types.ts';
import { teamKeys } from './keys.ts';

export type InviteInput = { orgId: string; email: string; role: Role };
type TeamAction = { action: 'invite'; orgId: string; email: string; role: Role } | { action: 'resend' | 'revoke'; invitationId: string };

// Where the email's link lands: this app's page that sets the password and opens the organization.
const acceptUrl = () => `${window.location.origin}/accept-invite`;

async function callTeamInvite(body: TeamAction): Promise<{ addedExistingUser?: boolean }> {
  const { data, error } = await supabase.functions.invoke('team-invite', { body: { ...body, redirectTo: acceptUrl() } });
  if (error) throw await fromFunctionError(error, { rate_limited: 'An email just went to this address. Wait a few seconds, then try again.' });
  return data as { addedExistingUser?: boolean };
}

function useTeamMutation<T>(orgId: string, toBody: (input: T) => TeamAction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => callTeamInvite(toBody(input)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...teamKeys.all, orgId] }),
  });
}

export const useInviteMember = (orgId: string) => useTeamMutation(orgId, (i: Omit<InviteInput, 'orgId'>) => ({ action: 'invite', orgId, ...i }));
export const useResendInvitation = (orgId: string) => useTeamMutation(orgId, (invitationId: string) => ({ action: 'resend', invitationId }));
export const useRevokeInvitation = (orgId: string) => useTeamMutation(orgId, (invitationId: string) => ({ action: 'revoke', invitationId }));
