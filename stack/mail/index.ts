// Local mail as `supabase start` has it with Mailpit: an SMTP server (54325) and, on its own port (54324),
// the inbox page plus Mailpit's REST API. Messages persist in the stack's data folder.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mailUrl, type StackConfig } from '../config.ts';
import { createMailApi } from './api.ts';
import { createSmtpServer } from './smtp.ts';
import { MailStore } from './store.ts';

export type RunningMail = { url: string; smtpPort: number; stop: () => Promise<void> };

export async function startMail(config: StackConfig, log: (line: string) => void): Promise<RunningMail> {
  const store = new MailStore(config.dataDir);
  const smtp = createSmtpServer(store, log);
  const api = createMailApi(store);
  const web = http.createServer((req, res) => void api(req, res));
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(config.smtpPort, config.host, () => resolve());
  });
  smtp.on('error', (e) => log(`mail: smtp ${e.message}`));
  try {
    await new Promise<void>((resolve, reject) => {
      web.once('error', reject);
      web.listen(config.mailPort, config.host, () => resolve());
    });
  } catch (e) {
    await new Promise<void>((r) => smtp.close(() => r()));
    throw e;
  }
  log(`mail: SMTP on ${config.host}:${(smtp.server.address() as AddressInfo).port}, inbox on ${mailUrl(config)}`);
  const stop = async () => {
    await new Promise<void>((r) => {
      web.close(() => r());
      web.closeAllConnections();
    });
    await new Promise<void>((r) => smtp.close(() => r()));
  };
  return { url: mailUrl(config), smtpPort: config.smtpPort, stop };
}
