// Helpers for calling functions over HTTP as the browser does (anon key, from a client address of its own).
import { fetchFrom } from '../../support/client-address.ts';
import { stack } from '../../support/clients.ts';

/** `address`: the loopback address the request comes from (tests/support/client-address.ts), so rate limits of different tests never meet. */
export type Call = { method?: string; body?: unknown; rawBody?: string; address?: string; headers?: Record<string, string> };

export async function callFunction(name: string, { method = 'POST', body, rawBody, address, headers = {} }: Call = {}) {
  const res = await (address ? fetchFrom(address) : fetch)(`${stack.apiUrl}/functions/v1/${name}`, {
    method,
    headers: { authorization: `Bearer ${stack.anonKey}`, apikey: stack.anonKey, 'content-type': 'application/json', ...headers },
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, json: json as Record<string, unknown> & { error?: { code: string; message: string } } };
}

/** A small but real one-page PDF ("%PDF-" signature, objects, xref table and trailer). */
export function minimalPdf(text = 'Ada Lovelace - TypeScript, PostgreSQL'): Uint8Array<ArrayBuffer> {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
