// GoTrue's email flows through supabase-js: invite, magic link / OTP, recovery then updateUser, /verify's redirect
// with the session (or otp_expired) in the fragment; every email read from the stack's inbox (Mailpit API).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { anonClient, serviceClient, sql, stack } from '../../support/clients.ts';
import { linksIn, mailbox } from '../../support/mailbox.ts';

const SITE = 'http://127.0.0.1:5173';
const fresh = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.test`;

async function confirmedUser(email: string, password = 'first-pass-123') {
  const { data, error } = await serviceClient().auth.admin.createUser({ email, password, email_confirm: true });
  if (error) throw error;
  return data.user;
}

/** Follows an email's verify link without a browser: the 303 and the fragment it carries. */
async function follow(link: string) {
  const res = await fetch(link, { redirect: 'manual' });
  const location = res.headers.get('location') ?? '';
  const [target, fragment = ''] = location.split('#');
  return { status: res.status, target, params: new URLSearchParams(fragment) };
}

async function verifyLinkIn(to: string, subject: string) {
  const message = await mailbox.waitForMessage(to, { subject });
  const [link] = linksIn(message, '/auth/v1/verify');
  expect(link, 'a verify link in the email').toBeTruthy();
  return { message, link };
}

describe('admin invite (auth.admin.inviteUserByEmail)', () => {
  it('creates the user, emails a one-time link that signs them in at the redirect URL, and refuses it the second time', async () => {
    const email = fresh('invitee');
    const { data, error } = await serviceClient().auth.admin.inviteUserByEmail(email, {
      data: { invited_to: 'acme' },
      redirectTo: `${SITE}/welcome`,
    });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ email, user_metadata: { invited_to: 'acme' } });
    expect(data.user?.email_confirmed_at).toBeUndefined();
    expect(data.user?.invited_at).toBeTruthy();
    const { message, link } = await verifyLinkIn(email, 'You have been invited');
    expect(message.From.Address).toBe('no-reply@smart-ats.local');
    expect(link).toContain('type=invite');
    const [token] = /token=([0-9a-f]+)/.exec(link)!.slice(1);
    expect(token).toMatch(/^[0-9a-f]{56}$/); // sha224(email + code), as GoTrue
    const stored = await sql<{ confirmation_token: string }>('select confirmation_token from auth.users where email = $1', [email]);
    expect(stored[0].confirmation_token).toBe(token);

    const first = await follow(link);
    expect(first.status).toBe(303);
    expect(first.target).toBe(`${SITE}/welcome`);
    expect(first.params.get('type')).toBe('invite');
    expect(first.params.get('token_type')).toBe('bearer');
    const client = anonClient();
    const { data: session, error: sessionError } = await client.auth.setSession({
      access_token: first.params.get('access_token')!,
      refresh_token: first.params.get('refresh_token')!,
    });
    expect(sessionError).toBeNull();
    expect(session.user?.email).toBe(email);
    expect(session.user?.email_confirmed_at).toBeTruthy();

    const again = await follow(link);
    expect(again.status).toBe(303);
    expect(again.target).toBe(`${SITE}/welcome`);
    expect(Object.fromEntries(again.params)).toEqual({
      error: 'access_denied',
      error_code: 'otp_expired',
      error_description: 'Token has expired or is invalid',
    });
  });

  it('refuses a registered address, a second invite within max_frequency, a bad address and a non-admin caller', async () => {
    const admin = serviceClient().auth.admin;
    const registered = await admin.inviteUserByEmail('owner@acme.test');
    expect(registered.error).toMatchObject({ status: 422, code: 'email_exists' });

    const email = fresh('twice');
    expect((await admin.inviteUserByEmail(email)).error).toBeNull();
    const second = await admin.inviteUserByEmail(email);
    expect(second.error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit' });
    expect(second.error?.message).toMatch(/^For security purposes, you can only request this after \d+ seconds\.$/);
    expect(await mailbox.messagesTo(email)).toHaveLength(1);

    for (const bad of ['', 'no-at-sign', 'two@@example.test', `${'x'.repeat(250)}@example.test`]) {
      expect((await admin.inviteUserByEmail(bad)).error, bad).toMatchObject({ status: 400, code: 'validation_failed' });
    }
    const anon = await anonClient().auth.admin.inviteUserByEmail(fresh('anon'));
    expect(anon.error).toMatchObject({ status: 403, code: 'not_admin' });
  });

  it('sends a link whose redirect_to is outside the allow-list to the site URL instead', async () => {
    const email = fresh('redirect');
    await serviceClient().auth.admin.inviteUserByEmail(email, { redirectTo: 'https://evil.example/steal' });
    const { link } = await verifyLinkIn(email, 'You have been invited');
    expect(link).toContain(`redirect_to=${encodeURIComponent(SITE)}`);
    const followed = await follow(`${link.split('&redirect_to=')[0]}&redirect_to=${encodeURIComponent('https://evil.example/steal')}`);
    expect(followed.target).toBe(SITE);
    expect(followed.params.get('access_token')).toBeTruthy();
  });
});

describe('magic link (signInWithOtp)', () => {
  it('emails a link and a code; either signs in once', async () => {
    const email = fresh('magic');
    await confirmedUser(email);
    const { error } = await anonClient().auth.signInWithOtp({ email, options: { emailRedirectTo: `${SITE}/dashboard`, shouldCreateUser: false } });
    expect(error).toBeNull();
    const { message, link } = await verifyLinkIn(email, 'Your Magic Link');
    const code = /enter the code: (\d{6})/.exec(message.Text)![1];

    const client = anonClient();
    const verified = await client.auth.verifyOtp({ email, token: code, type: 'email' });
    expect(verified.error).toBeNull();
    expect(verified.data.session?.user.email).toBe(email);
    // The code and the link are one token: once the code is used, the link is spent too.
    const spent = await follow(link);
    expect(spent.params.get('error_code')).toBe('otp_expired');
    const reused = await anonClient().auth.verifyOtp({ email, token: code, type: 'email' });
    expect(reused.error).toMatchObject({ status: 403, code: 'otp_expired' });
  });

  it('refuses an unknown address (signups are off) and a wrong code', async () => {
    const unknown = await anonClient().auth.signInWithOtp({ email: fresh('nobody') });
    expect(unknown.error).toMatchObject({ status: 422, code: 'signup_disabled' });
    const noCreate = await anonClient().auth.signInWithOtp({ email: fresh('nobody'), options: { shouldCreateUser: false } });
    expect(noCreate.error).toMatchObject({ status: 422, code: 'otp_disabled' });
    const wrong = await anonClient().auth.verifyOtp({ email: 'owner@acme.test', token: '000000', type: 'email' });
    expect(wrong.error).toMatchObject({ status: 403, code: 'otp_expired', message: 'Token has expired or is invalid' });
  });
});

describe('password recovery (resetPasswordForEmail, then updateUser)', () => {
  it('emails a recovery link that opens a session of type recovery, in which the password is changed', async () => {
    const email = fresh('forgot');
    await confirmedUser(email, 'old-pass-123');
    const { error } = await anonClient().auth.resetPasswordForEmail(email, { redirectTo: `${SITE}/reset-password` });
    expect(error).toBeNull();
    const { link } = await verifyLinkIn(email, 'Reset Your Password');
    const opened = await follow(link);
    expect(opened.target).toBe(`${SITE}/reset-password`);
    expect(opened.params.get('type')).toBe('recovery');

    const client = anonClient();
    await client.auth.setSession({ access_token: opened.params.get('access_token')!, refresh_token: opened.params.get('refresh_token')! });
    expect((await client.auth.updateUser({ password: 'short' })).error).toMatchObject({ status: 422, code: 'weak_password' });
    expect((await client.auth.updateUser({ password: 'old-pass-123' })).error).toMatchObject({ status: 422, code: 'same_password' });
    const updated = await client.auth.updateUser({ password: 'new-pass-456' });
    expect(updated.error).toBeNull();
    expect((await anonClient().auth.signInWithPassword({ email, password: 'old-pass-123' })).error).toMatchObject({ code: 'invalid_credentials' });
    expect((await anonClient().auth.signInWithPassword({ email, password: 'new-pass-456' })).error).toBeNull();
    expect((await follow(link)).params.get('error_code')).toBe('otp_expired');
  });

  it('answers an unknown address as a known one and sends nothing', async () => {
    const email = fresh('ghost');
    expect((await anonClient().auth.resetPasswordForEmail(email)).error).toBeNull();
    await new Promise((r) => setTimeout(r, 300));
    expect(await mailbox.messagesTo(email)).toEqual([]);
  });

  it('refuses a link older than otp_expiry with otp_expired, by redirect and by POST /verify', async () => {
    const email = fresh('late');
    await confirmedUser(email);
    await anonClient().auth.resetPasswordForEmail(email, { redirectTo: `${SITE}/reset-password` });
    const { link } = await verifyLinkIn(email, 'Reset Your Password');
    await sql("update auth.users set recovery_sent_at = now() - interval '61 minutes' where email = $1", [email]);
    const late = await follow(link);
    expect(late.target).toBe(`${SITE}/reset-password`);
    expect(Object.fromEntries(late.params)).toEqual({
      error: 'access_denied',
      error_code: 'otp_expired',
      error_description: 'Email link is invalid or has expired',
    });
    const tokenHash = new URL(link).searchParams.get('token')!;
    const posted = await anonClient().auth.verifyOtp({ token_hash: tokenHash, type: 'recovery' });
    expect(posted.error).toMatchObject({ status: 403, code: 'otp_expired', message: 'Email link is invalid or has expired' });
    // Within the window the same token works (the expiry, not something else, refused it).
    await sql("update auth.users set recovery_sent_at = now() - interval '59 minutes' where email = $1", [email]);
    expect((await anonClient().auth.verifyOtp({ token_hash: tokenHash, type: 'recovery' })).error).toBeNull();
  });

  it('answers a verify link without a type or token with 400', async () => {
    const res = await fetch(`${stack.apiUrl}/auth/v1/verify?token=abc`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'validation_failed' });
    const wrongType = await fetch(`${stack.apiUrl}/auth/v1/verify?token=abc&type=bogus`, { redirect: 'manual' });
    expect(wrongType.status).toBe(400);
  });
});
