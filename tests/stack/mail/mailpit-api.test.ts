// The local mail service as tools see Mailpit: real SMTP in (nodemailer), Mailpit's REST API out (mailpit-api).
import { randomUUID } from 'node:crypto';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stack } from '../../support/clients.ts';
import { linksIn, mailbox } from '../../support/mailbox.ts';

const transport = nodemailer.createTransport({ host: '127.0.0.1', port: stack.smtpPort, secure: false, auth: { user: 'tester', pass: 'any' } });
const tag = randomUUID().slice(0, 8);
const to = (who: string) => `${who}-${tag}@example.test`;

async function send(options: SendMailOptions) {
  return transport.sendMail({ from: 'Smart ATS <no-reply@smart-ats.local>', ...options });
}

describe('local mail (Mailpit API on the SMTP server)', () => {
  beforeAll(async () => {
    await send({
      to: `Ann Applicant <${to('ann')}>`,
      subject: `Welcome ${tag}`,
      text: 'Hello Ann, open http://127.0.0.1:5173/x?a=1&b=2 now.',
      html: '<p>Hello <b>Ann</b>, <a href="http://127.0.0.1:5173/x?a=1&amp;b=2">open</a></p>',
    });
    await send({
      to: to('bob'),
      cc: to('cat'),
      bcc: to('dan'),
      subject: `Invoice ${tag}`,
      text: 'Your invoice',
      attachments: [{ filename: 'invoice.txt', content: 'total: 3' }],
    });
  });
  afterAll(() => transport.close());

  it('lists messages newest first with Mailpit’s list shape', async () => {
    const list = await mailbox.client.listMessages();
    expect(list.total).toBeGreaterThanOrEqual(2);
    expect(list.messages_count).toBe(list.total);
    expect(list.start).toBe(0);
    expect(list.tags).toEqual([]);
    const [bob, ann] = list.messages.filter((m) => m.Subject.includes(tag));
    expect(bob.Subject).toBe(`Invoice ${tag}`);
    expect(ann).toMatchObject({
      Subject: `Welcome ${tag}`,
      Read: false,
      Attachments: 0,
      From: { Name: 'Smart ATS', Address: 'no-reply@smart-ats.local' },
      To: [{ Name: 'Ann Applicant', Address: to('ann') }],
      Username: 'tester',
    });
    expect(ann.Snippet).toBe('Hello Ann, open http://127.0.0.1:5173/x?a=1&b=2 now.');
    expect(ann.ID).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(new Date(ann.Created).getTime()).toBeLessThanOrEqual(new Date(bob.Created).getTime());
    expect(bob).toMatchObject({ Attachments: 1, Cc: [{ Address: to('cat') }], Bcc: [{ Address: to('dan') }] });
    const page = await mailbox.client.listMessages(1, 1);
    expect(page.messages).toHaveLength(1);
    expect(page.messages[0].ID).toBe(list.messages[1].ID);
  });

  it('returns one message in full and marks it read', async () => {
    const ann = await mailbox.waitForMessage(to('ann'));
    expect(ann).toMatchObject({ Subject: `Welcome ${tag}`, ReturnPath: 'no-reply@smart-ats.local', Attachments: [], Inline: [] });
    expect(ann.Text.trim()).toBe('Hello Ann, open http://127.0.0.1:5173/x?a=1&b=2 now.');
    expect(ann.HTML).toContain('<b>Ann</b>');
    expect(ann.MessageID).toMatch(/@/);
    expect(linksIn(ann, '/x')).toEqual(['http://127.0.0.1:5173/x?a=1&b=2']);
    const after = await mailbox.client.searchMessages({ query: `to:${to('ann')}` });
    expect(after.messages[0].Read).toBe(true);
    const bob = await mailbox.waitForMessage(to('bob'));
    expect(bob.Attachments).toEqual([expect.objectContaining({ FileName: 'invoice.txt', ContentType: 'text/plain', Size: 8 })]);
    expect(bob.Attachments[0].Checksums.SHA256).toMatch(/^[0-9a-f]{64}$/);
    expect((await mailbox.client.getMessageSummary('latest')).ID).toBe(bob.ID);
    expect(await mailbox.client.getMessageSource(bob.ID)).toContain(`Subject: Invoice ${tag}`);
  });

  it('searches with Mailpit’s filters', async () => {
    const subjects = async (query: string) => (await mailbox.client.searchMessages({ query })).messages.map((m) => m.Subject);
    expect(await subjects(`to:${to('bob')}`)).toEqual([`Invoice ${tag}`]);
    expect(await subjects(`subject:"Welcome ${tag}"`)).toEqual([`Welcome ${tag}`]);
    expect(await subjects(`${tag} -subject:Invoice`)).toEqual([`Welcome ${tag}`]);
    expect(await subjects(`${tag} has:attachment`)).toEqual([`Invoice ${tag}`]);
    expect(await subjects(`"hello ann" ${tag}`)).toEqual([`Welcome ${tag}`]);
    expect(await subjects(`addressed:${to('dan')}`)).toEqual([`Invoice ${tag}`]);
    expect(await subjects(`nothing-like-this-${tag}`)).toEqual([]);
    const res = await fetch(`${stack.mailUrl}/api/v1/search?query=`);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('Error: no search query');
  });

  it('answers an unknown message with 404 and serves the inbox page', async () => {
    const res = await fetch(`${stack.mailUrl}/api/v1/message/nope`);
    expect(res.status).toBe(404);
    await expect(mailbox.client.getMessageSummary('nope')).rejects.toThrow();
    const inbox = await fetch(stack.mailUrl);
    expect(inbox.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await inbox.text()).toContain('<title>Local inbox');
  });

  it('deletes chosen messages, then all of them', async () => {
    const bob = await mailbox.waitForMessage(to('bob'));
    expect(await mailbox.client.deleteMessages({ IDs: [bob.ID] })).toBe('ok');
    expect(await mailbox.messagesTo(to('bob'))).toEqual([]);
    expect(await mailbox.messagesTo(to('ann'))).toHaveLength(1);
    await mailbox.clear();
    expect((await mailbox.client.listMessages()).total).toBe(0);
  });

  it('refuses a message over the size limit at the SMTP level', async () => {
    await expect(send({ to: to('big'), subject: 'big', text: 'x'.repeat(26 * 1024 * 1024) })).rejects.toMatchObject({ responseCode: 552 });
    expect(await mailbox.messagesTo(to('big'))).toEqual([]);
  });
});
