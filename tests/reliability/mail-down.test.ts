// The SMTP server stopped: GoTrue's emails fail with its 500 and leave no usable token (an invitee created for the
// email is not left behind); once it is back the same requests send, and the inbox kept what it had across the stop.
import { createClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { mailboxAt } from '../support/mail-client.ts';
import { ownStackFor } from './support/own-stack.ts';

const own = ownStackFor('mail-down');
const options = {
  auth: { persistSession: false, autoRefreshToken: false },
  realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
};

describe('auth emails while the SMTP server is down', () => {
  it('refuse with 500 and store nothing usable, then work once it is back', async () => {
    const admin = createClient(own.running.apiUrl, own.running.serviceRoleKey, options).auth.admin;
    const mailbox = mailboxAt(own.running.mailUrl);
    expect((await admin.inviteUserByEmail('before@example.test')).error).toBeNull();
    await mailbox.waitForMessage('before@example.test');

    const bringBack = await own.running.takeDown('mail');
    const raw = await fetch(`${own.running.apiUrl}/auth/v1/invite`, {
      method: 'POST',
      headers: { apikey: own.running.serviceRoleKey, authorization: `Bearer ${own.running.serviceRoleKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'raw@example.test' }),
    });
    expect({ status: raw.status, body: await raw.json() }).toEqual({
      status: 500,
      body: { code: 'unexpected_failure', message: 'Error sending invite email' },
    });
    // supabase-js reports a 5xx from auth as retryable.
    expect((await admin.inviteUserByEmail('during@example.test')).error).toMatchObject({ status: 500, name: 'AuthRetryableFetchError' });
    expect(await own.sql('select 1 from auth.users where email = $1', ['raw@example.test'])).toEqual([]);
    expect(await own.sql('select 1 from auth.users where email = $1', ['during@example.test'])).toEqual([]);
    await own.sql(
      "insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at, created_at, updated_at) values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', 'member@example.test', now(), now(), now())",
    );
    const recovery = await createClient(own.running.apiUrl, own.running.anonKey, options).auth.resetPasswordForEmail('member@example.test');
    expect(recovery.error).toMatchObject({ status: 500 });
    expect(await own.sql<{ recovery_token: string }>('select recovery_token from auth.users where email = $1', ['member@example.test'])).toEqual([
      { recovery_token: '' },
    ]);

    await bringBack();
    expect((await admin.inviteUserByEmail('during@example.test')).error).toBeNull();
    await mailbox.waitForMessage('during@example.test', { subject: 'You have been invited' });
    expect((await mailbox.messagesTo('before@example.test')).length).toBe(1);
  });
});
