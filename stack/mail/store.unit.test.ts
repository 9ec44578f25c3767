// The inbox keeps what it was given across a restart (a new store on the same folder), and search reads Mailpit's filters.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { matchesQuery, searchTerms } from './search.ts';
import { MailStore } from './store.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'mail-store-'));
  dirs.push(d);
  return d;
};
const raw = (to: string, subject: string, body: string) =>
  Buffer.from(
    `From: "Smart ATS" <no-reply@smart-ats.local>\r\nTo: ${to}\r\nSubject: ${subject}\r\nMessage-ID: <m-${subject.replace(/\W/g, '')}@local>\r\nDate: Thu, 03 Dec 2026 08:00:00 +0000\r\n\r\n${body}\r\n`,
  );

describe('MailStore', () => {
  it('persists messages, read flags and deletions in the data folder', async () => {
    const dir = tmp();
    const first = new MailStore(dir);
    const a = await first.add(raw('a@x.test', 'First', 'one'), { from: 'no-reply@smart-ats.local', to: ['a@x.test', 'hidden@x.test'] });
    const b = await first.add(raw('b@x.test', 'Second', 'two'), { from: 'no-reply@smart-ats.local', to: ['b@x.test'] });
    first.markRead(a);
    const again = new MailStore(dir);
    expect(again.all().map((m) => m.Subject)).toEqual(['Second', 'First']);
    expect(again.get(a.ID)).toMatchObject({
      Read: true,
      Bcc: [{ Name: '', Address: 'hidden@x.test' }],
      MessageID: 'm-First@local',
      Date: '2026-12-03T08:00:00.000Z',
    });
    expect(again.raw(b.ID)?.toString()).toContain('Subject: Second');
    again.delete([b.ID, 'not-an-id']);
    expect(new MailStore(dir).all().map((m) => m.ID)).toEqual([a.ID]);
  });
});

describe('Mailpit search filters', () => {
  it('keeps quoted phrases together', () => {
    expect(searchTerms('subject:"Reset your password" to:a@x.test  -is:read')).toEqual(['subject:Reset your password', 'to:a@x.test', '-is:read']);
  });

  it('applies each filter, negation and free text', async () => {
    const store = new MailStore(tmp());
    const m = await store.add(raw('Ann <ann@x.test>', 'Reset your password', 'Follow the link'), {
      from: 'no-reply@smart-ats.local',
      to: ['ann@x.test'],
    });
    const yes = [
      'to:ann@x.test',
      'TO:ANN',
      'from:smart-ats',
      'subject:"reset your"',
      'follow',
      '"the link"',
      'is:unread',
      '-is:read',
      '!has:attachment',
      'message-id:m-Reset',
      'after:2020-01-01',
      '@@@',
    ];
    const no = ['to:bob@x.test', '-to:ann', 'subject:invoice', 'is:read', 'has:attachment', 'missing', 'before:2020-01-01'];
    for (const q of yes) expect(matchesQuery(m, q), q).toBe(true);
    for (const q of no) expect(matchesQuery(m, q), q).toBe(false);
  });
});
