// The tests' PDF builders, in one place: a small real text PDF, and a file of a given size that only starts like a PDF.
// Resumes that look like real ones come from the fixture generator (tests/fixtures/lib, scripts/make-fixtures.ts).
import { randomBytes } from 'node:crypto';

/** A small but real one-page PDF (Helvetica, one line of text per entry, with a correct xref table and trailer). */
export function textPdf(lines: string | string[] = 'Ada Lovelace - TypeScript, PostgreSQL'): Uint8Array<ArrayBuffer> {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = (Array.isArray(lines) ? lines : [lines]).map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 18} Td (${escape(l)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/**
 * `size` bytes that start with the PDF signature and go on with random bytes (ending in %%EOF with `eof`): what upload
 * limits and storage see; no reader can open it.
 */
export function pdfOfSize(size: number, { eof = false }: { eof?: boolean } = {}): Buffer<ArrayBuffer> {
  const head = Buffer.from('%PDF-1.7\n');
  const tail = Buffer.from(eof ? '\n%%EOF\n' : '');
  return Buffer.concat([head, randomBytes(Math.max(0, size - head.length - tail.length)), tail]);
}
