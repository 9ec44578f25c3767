// team-invite's request bodies, checked field by field; anything else is a 400 with a sentence for people.
import { FunctionError } from '../_shared/errors.ts';

export type Invite = { action: 'invite'; orgId: string; email: string; role: 'owner' | 'recruiter' | 'viewer'; redirectTo?: string };
export type ManageInvitation = { action: 'resend' | 'revoke'; invitationId: string; redirectTo?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// As the local GoTrue and the table's check: one @, a dot in the domain, no spaces, at most 254 characters (64 before the @).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ROLES = ['owner', 'recruiter', 'viewer'];

const bad = (message: string) => new FunctionError('bad_request', message);

function redirect(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 2048 || !/^https?:\/\//.test(value)) throw bad('redirectTo must be an http(s) URL of the app.');
  return value;
}

export function parseTeamRequest(body: unknown): Invite | ManageInvitation {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw bad('The request body must be a JSON object.');
  const b = body as Record<string, unknown>;
  if (b.action === 'invite') {
    if (typeof b.orgId !== 'string' || !UUID.test(b.orgId)) throw bad('orgId must be the UUID of an organization.');
    const email = typeof b.email === 'string' ? b.email.trim().toLowerCase() : '';
    if (!email) throw bad('Enter the email address of the person to invite.');
    if (email.length > 254 || email.split('@')[0].length > 64 || !EMAIL.test(email)) throw bad('Enter an email address like name@company.com.');
    if (typeof b.role !== 'string' || !ROLES.includes(b.role)) throw bad('role must be owner, recruiter or viewer.');
    return { action: 'invite', orgId: b.orgId, email, role: b.role as Invite['role'], redirectTo: redirect(b.redirectTo) };
  }
  if (b.action === 'resend' || b.action === 'revoke') {
    if (typeof b.invitationId !== 'string' || !UUID.test(b.invitationId)) throw bad('invitationId must be the UUID of an invitation.');
    return { action: b.action, invitationId: b.invitationId, redirectTo: redirect(b.redirectTo) };
  }
  throw bad('action must be invite, resend or revoke.');
}
