// The SMTP server every local email goes through (Mailpit's :54325), on the `smtp-server` package: no TLS,
// any AUTH accepted and remembered as the message's Username (Mailpit's --smtp-auth-accept-any).
import { SMTPServer } from 'smtp-server';
import type { MailStore } from './store.ts';

const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

export function createSmtpServer(store: MailStore, log: (line: string) => void) {
  return new SMTPServer({
    name: 'smart-ats-local-mail',
    banner: 'Smart ATS local mail (Mailpit-compatible)',
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    // A stop (Ctrl-C, a test's teardown, a fault test) must not wait 30 s for idle pooled clients.
    closeTimeout: 500,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? '' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(Object.assign(new Error('Message exceeds fixed maximum message size'), { responseCode: 552 }));
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          username: typeof session.user === 'string' ? session.user : undefined,
        };
        store.add(Buffer.concat(chunks), envelope).then(
          (m) => callback(null, `Ok: queued as ${m.ID}`),
          (e: unknown) => {
            log(`mail: could not store a message: ${(e as Error).message}`);
            callback(Object.assign(new Error('Message could not be stored'), { responseCode: 451 }));
          },
        );
      });
    },
  });
}
