// A streaming multipart/form-data reader for uploads: fields before the file are collected (small),
// the file part is handed out chunk by chunk so it can go straight to disk. Storage reads the first
// file part and the fields sent before it (@fastify/multipart `request.file()`, limits files: 1).

export class MultipartError extends Error {}

export type PartHeaders = { name: string; filename: string | null; contentType: string | null };

const CRLF = Buffer.from('\r\n');
const MAX_HEADER_BYTES = 16 * 1024;

/** The boundary from a `multipart/form-data; boundary=…` Content-Type, or null. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null;
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const b = m ? (m[1] ?? m[2]) : null;
  return b && b.length <= 200 ? b : null;
}

function parseHeaders(block: string): PartHeaders {
  let name: string | null = null;
  let filename: string | null = null;
  let contentType: string | null = null;
  for (const line of block.split('\r\n')) {
    const i = line.indexOf(':');
    if (i < 0) continue;
    const key = line.slice(0, i).trim().toLowerCase();
    const value = line.slice(i + 1).trim();
    if (key === 'content-type') contentType = value;
    if (key === 'content-disposition') {
      if (!/^form-data\b/i.test(value)) throw new MultipartError('Unexpected content disposition');
      name = param(value, 'name');
      filename = param(value, 'filename*') ?? param(value, 'filename');
    }
  }
  if (name === null) throw new MultipartError('Missing part name');
  return { name, filename, contentType };
}

function param(header: string, key: string): string | null {
  const escaped = key.replace(/\*/g, '\\*');
  const m = new RegExp(`;\\s*${escaped}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i').exec(header);
  if (!m) return null;
  if (m[1] !== undefined) return m[1].replace(/\\(.)/g, '$1');
  const v = m[2].trim();
  if (key.endsWith('*')) {
    const ext = /^[^']*'[^']*'(.*)$/.exec(v);
    try {
      return decodeURIComponent(ext ? ext[1] : v);
    } catch {
      return v;
    }
  }
  return v;
}

/**
 * Pull-based reader over the request body. `nextPart()` moves to the next part's headers (skipping
 * what is left of the current one); `partData()` yields the current part's bytes.
 */
export class MultipartReader {
  private buf: Buffer = CRLF; // lets the first boundary match the same `\r\n--boundary` delimiter
  private ended = false;
  private inPart = false;
  private afterDelimiter = false;
  private finished = false;
  private readonly delimiter: Buffer;
  private readonly source: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>, boundary: string) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
    this.source = source[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const { value, done } = await this.source.next();
    if (done) {
      this.ended = true;
      return false;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, value]) : value;
    return true;
  }

  private async need(n: number): Promise<void> {
    while (this.buf.length < n) if (!(await this.fill())) throw new MultipartError('Unexpected end of form');
  }

  /** Yields the bytes up to the next delimiter and consumes the delimiter. */
  private async *untilDelimiter(): AsyncGenerator<Buffer> {
    const keep = this.delimiter.length - 1;
    for (;;) {
      const i = this.buf.indexOf(this.delimiter);
      if (i >= 0) {
        if (i > 0) yield this.buf.subarray(0, i);
        this.buf = this.buf.subarray(i + this.delimiter.length);
        this.afterDelimiter = true;
        return;
      }
      if (this.buf.length > keep) {
        const out = this.buf.subarray(0, this.buf.length - keep);
        this.buf = this.buf.subarray(this.buf.length - keep);
        yield out;
      }
      if (!(await this.fill())) throw new MultipartError('Unexpected end of form');
    }
  }

  async nextPart(): Promise<PartHeaders | null> {
    if (this.finished) return null;
    // Skip the preamble, or whatever the caller left of the previous part.
    if (!this.afterDelimiter) for await (const _ of this.untilDelimiter()) void _;
    this.afterDelimiter = false;
    this.inPart = false;
    await this.need(2);
    if (this.buf[0] === 0x2d && this.buf[1] === 0x2d) {
      this.finished = true;
      return null;
    }
    // Transport padding may follow the boundary before its CRLF.
    let lineEnd: number;
    while ((lineEnd = this.buf.indexOf(CRLF)) < 0) {
      if (this.buf.length > 256) throw new MultipartError('Malformed part boundary');
      if (!(await this.fill())) throw new MultipartError('Unexpected end of form');
    }
    if (this.buf.subarray(0, lineEnd).toString('latin1').trim() !== '') throw new MultipartError('Malformed part boundary');
    this.buf = this.buf.subarray(lineEnd + 2);
    let end: number;
    while ((end = this.buf.indexOf('\r\n\r\n')) < 0) {
      if (this.buf.length > MAX_HEADER_BYTES) throw new MultipartError('Part headers too large');
      if (!(await this.fill())) throw new MultipartError('Unexpected end of form');
    }
    const block = this.buf.subarray(0, end).toString('utf8');
    this.buf = this.buf.subarray(end + 4);
    this.inPart = true;
    return parseHeaders(block);
  }

  /** The current part's bytes, streamed. */
  async *partData(): AsyncGenerator<Buffer> {
    if (!this.inPart) return;
    yield* this.untilDelimiter();
    this.inPart = false;
  }

  /** The current part as text, refusing more than `limit` bytes. */
  async partText(limit: number): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of this.partData()) {
      size += chunk.length;
      if (size > limit) throw new MultipartError('Field value too large');
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
}
