import { describe, expect, it } from 'vitest';
import { MultipartError, MultipartReader, multipartBoundary } from './multipart.ts';

/** Serialises a FormData exactly as fetch would send it. */
async function encode(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const res = new Response(form);
  return { body: Buffer.from(await res.arrayBuffer()), contentType: res.headers.get('content-type')! };
}

/** Feeds `body` in chunks of `size` bytes, to cross the boundary at every possible offset. */
async function* chunked(body: Buffer, size: number) {
  for (let i = 0; i < body.length; i += size) yield body.subarray(i, i + size);
}

async function readAll(reader: MultipartReader) {
  const parts: { name: string; filename: string | null; contentType: string | null; data: Buffer }[] = [];
  for (let part = await reader.nextPart(); part; part = await reader.nextPart()) {
    const chunks: Buffer[] = [];
    for await (const c of reader.partData()) chunks.push(c);
    parts.push({ ...part, data: Buffer.concat(chunks) });
  }
  return parts;
}

describe('streaming multipart reader', () => {
  it('reads what supabase-js sends for a Blob: cacheControl then a file part named ""', async () => {
    const bytes = Buffer.from('%PDF-1.7\r\n--not-a-boundary\r\n\r\n' + 'x'.repeat(5000));
    const form = new FormData();
    form.append('cacheControl', '3600');
    form.append('', new Blob([bytes], { type: 'application/pdf' }));
    const { body, contentType } = await encode(form);
    const boundary = multipartBoundary(contentType)!;
    for (const size of [1, 7, 64, 4096, body.length]) {
      const parts = await readAll(new MultipartReader(chunked(body, size), boundary));
      expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
        ['cacheControl', null, null],
        ['', 'blob', 'application/pdf'],
      ]);
      expect(parts[0].data.toString()).toBe('3600');
      expect(parts[1].data.equals(bytes)).toBe(true);
    }
  });

  it('hands out the file without reading past it, and skips unread parts', async () => {
    const form = new FormData();
    form.append('a', '1');
    form.append('b', '2');
    form.append('file', new Blob(['hello']), 'hi.txt');
    const { body, contentType } = await encode(form);
    const reader = new MultipartReader(chunked(body, 3), multipartBoundary(contentType)!);
    expect((await reader.nextPart())?.name).toBe('a');
    expect((await reader.nextPart())?.name).toBe('b'); // `a` skipped unread
    expect(await reader.partText(10)).toBe('2');
    const file = await reader.nextPart();
    expect(file).toMatchObject({ name: 'file', filename: 'hi.txt' });
    expect(await reader.partText(100)).toBe('hello');
    expect(await reader.nextPart()).toBeNull();
  });

  it('refuses a truncated body and oversized fields', async () => {
    const form = new FormData();
    form.append('f', new Blob(['0123456789']), 'f.bin');
    const { body, contentType } = await encode(form);
    const boundary = multipartBoundary(contentType)!;
    await expect(readAll(new MultipartReader(chunked(body.subarray(0, body.length - 20), 8), boundary))).rejects.toBeInstanceOf(MultipartError);
    const reader = new MultipartReader(chunked(body, 8), boundary);
    await reader.nextPart();
    await expect(reader.partText(5)).rejects.toThrow('Field value too large');
  });

  it('finds the boundary in quoted and unquoted forms', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc')).toBe('abc');
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(multipartBoundary('application/pdf')).toBeNull();
    expect(multipartBoundary('multipart/form-data')).toBeNull();
  });
});
