// The baseline the direct-to-bucket flow replaces: a minimal Node "upload through the app server" view,
// like the classic Django one — it receives the whole file, then forwards it to storage and writes the row.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export type Proxy = { url: string; bytesHandled: () => number; close: () => Promise<void> };

export async function startUploadProxy(apiUrl: string, serviceKey: string): Promise<Proxy> {
  let handled = 0;
  const headers = { apikey: serviceKey, authorization: `Bearer ${serviceKey}` };
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      const chunks: Buffer[] = [];
      for await (const c of req as AsyncIterable<Buffer>) chunks.push(c);
      const file = Buffer.concat(chunks);
      handled += file.length; // received from the browser
      const jobSlug = url.searchParams.get('job')!;
      const path = `${jobSlug}/${randomUUID()}.pdf`;
      const put = await fetch(`${apiUrl}/storage/v1/object/resumes/${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/pdf' },
        body: file,
      });
      handled += file.length; // sent on to storage
      if (!put.ok) throw new Error(`storage ${put.status}: ${await put.text()}`);
      const row = JSON.stringify({
        id: randomUUID(),
        job_id: url.searchParams.get('jobId'),
        full_name: url.searchParams.get('name'),
        email: url.searchParams.get('email'),
        resume_path: path,
        resume_size: file.length,
      });
      const ins = await fetch(`${apiUrl}/rest/v1/applications`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', prefer: 'return=minimal' },
        body: row,
      });
      if (!ins.ok) throw new Error(`rest ${ins.status}: ${await ins.text()}`);
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ path }));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bytesHandled: () => handled,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
