// The inbox: every message the SMTP server accepts, parsed once with mailparser into Mailpit's message JSON
// (internal/storage/structs.go Message) and kept under the stack's data folder (`mail/<ID>.eml` + `.json`),
// so an inbox survives a restart as Mailpit's database does.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type AddressObject, type Attachment } from 'mailparser';

export type Address = { Name: string; Address: string };
export type AttachmentInfo = {
  PartID: string;
  FileName: string;
  ContentType: string;
  ContentID: string;
  Size: number;
  Checksums: { MD5: string; SHA1: string; SHA256: string };
};

/** Mailpit's message summary (GET /api/v1/message/{ID}) plus what the list and search need. */
export type StoredMessage = {
  ID: string;
  MessageID: string;
  Read: boolean;
  From: Address;
  To: Address[];
  Cc: Address[];
  Bcc: Address[];
  ReplyTo: Address[];
  ReturnPath: string;
  Subject: string;
  Date: string;
  Created: string;
  Tags: string[];
  Username: string;
  Text: string;
  HTML: string;
  Size: number;
  Snippet: string;
  Inline: AttachmentInfo[];
  Attachments: AttachmentInfo[];
  ListUnsubscribe: { Header: string; Links: string[]; Errors: string; HeaderPost: string };
  searchText: string;
};

// Mailpit's database IDs: 22 characters of base62.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const newId = () => Array.from(randomBytes(22), (b) => ALPHABET[b % 62]).join('');

const flatten = (a: AddressObject | AddressObject[] | undefined): Address[] =>
  (Array.isArray(a) ? a : a ? [a] : [])
    .flatMap((o) => o.value.flatMap((v) => (v.group ? v.group : [v])))
    .map((v) => ({ Name: v.name ?? '', Address: v.address ?? '' }));

const htmlToText = (html: string) => html.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
// Mailpit's snippet: the first 250 characters of the text body (or the HTML's text), whitespace collapsed.
const snippet = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 250);

function attachmentInfo(a: Attachment, i: number): AttachmentInfo {
  const sum = (alg: string) => createHash(alg).update(a.content).digest('hex');
  return {
    PartID: String(i + 2),
    FileName: a.filename ?? '',
    ContentType: a.contentType,
    ContentID: a.cid ?? '',
    Size: a.size,
    Checksums: { MD5: sum('md5'), SHA1: sum('sha1'), SHA256: sum('sha256') },
  };
}

export class MailStore {
  private readonly messages = new Map<string, StoredMessage>();
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'mail');
    fs.mkdirSync(this.dir, { recursive: true });
    for (const file of fs.readdirSync(this.dir)) {
      if (!file.endsWith('.json')) continue;
      try {
        const m = JSON.parse(fs.readFileSync(path.join(this.dir, file), 'utf8')) as StoredMessage;
        this.messages.set(m.ID, m);
      } catch {
        // A message cut off mid-write (a killed stack) is dropped, as a half-written row would be rolled back.
      }
    }
  }

  /** Stores one delivered message; `envelopeTo` fills Bcc with recipients not named in To/Cc, as Mailpit does. */
  async add(raw: Buffer, envelope: { from: string; to: string[]; username?: string }): Promise<StoredMessage> {
    const p = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
    const to = flatten(p.to);
    const cc = flatten(p.cc);
    const named = new Set([...to, ...cc].map((a) => a.Address.toLowerCase()));
    const bcc = [...flatten(p.bcc), ...envelope.to.filter((a) => !named.has(a.toLowerCase())).map((a) => ({ Name: '', Address: a }))];
    const from = flatten(p.from)[0] ?? { Name: '', Address: envelope.from };
    const html = typeof p.html === 'string' ? p.html : '';
    const text = p.text ?? '';
    const all = p.attachments ?? [];
    const inline = all.filter((a) => a.contentDisposition === 'inline' && a.cid);
    const attached = all.filter((a) => !inline.includes(a));
    const created = new Date();
    const unsubscribe = p.headers.get('list-unsubscribe');
    const m: StoredMessage = {
      ID: newId(),
      MessageID: (p.messageId ?? '').replace(/^<|>$/g, ''),
      Read: false,
      From: from,
      To: to,
      Cc: cc,
      Bcc: bcc,
      ReplyTo: flatten(p.replyTo),
      ReturnPath: envelope.from,
      Subject: p.subject ?? '',
      Date: (p.date ?? created).toISOString(),
      Created: created.toISOString(),
      Tags: [],
      Username: envelope.username ?? '',
      Text: text,
      HTML: html,
      Size: raw.length,
      Snippet: snippet(text || htmlToText(html)),
      Inline: inline.map(attachmentInfo),
      Attachments: attached.map((a, i) => attachmentInfo(a, i + inline.length)),
      ListUnsubscribe: { Header: typeof unsubscribe === 'string' ? unsubscribe : '', Links: [], Errors: '', HeaderPost: '' },
      searchText: '',
    };
    m.searchText = [
      m.Subject,
      JSON.stringify([from, ...to, ...cc, ...bcc, ...m.ReplyTo]),
      m.MessageID,
      text,
      htmlToText(html),
      ...all.map((a) => a.filename ?? ''),
    ]
      .join(' ')
      .toLowerCase();
    fs.writeFileSync(path.join(this.dir, `${m.ID}.eml`), raw);
    fs.writeFileSync(path.join(this.dir, `${m.ID}.json`), JSON.stringify(m));
    this.messages.set(m.ID, m);
    return m;
  }

  /** Newest first, as Mailpit lists them. */
  all(): StoredMessage[] {
    return [...this.messages.values()].sort((a, b) => b.Created.localeCompare(a.Created) || b.ID.localeCompare(a.ID));
  }

  get(id: string): StoredMessage | undefined {
    return id === 'latest' ? this.all()[0] : this.messages.get(id);
  }

  raw(id: string): Buffer | undefined {
    const m = this.get(id);
    return m ? fs.readFileSync(path.join(this.dir, `${m.ID}.eml`)) : undefined;
  }

  markRead(m: StoredMessage) {
    if (m.Read) return;
    m.Read = true;
    fs.writeFileSync(path.join(this.dir, `${m.ID}.json`), JSON.stringify(m));
  }

  delete(ids: string[]) {
    for (const id of ids) {
      if (!this.messages.delete(id)) continue;
      for (const ext of ['.json', '.eml']) fs.rmSync(path.join(this.dir, `${id}${ext}`), { force: true });
    }
  }
}
