// A picked file's bytes, read from disk once: the apply page's checks, autofill's pdf.js worker and the upload all use
// this one read (a phone's content URI may not even be readable twice).
const reads = new WeakMap<Blob, Promise<ArrayBuffer>>();

export function fileBytes(file: Blob): Promise<ArrayBuffer> {
  let read = reads.get(file);
  if (!read) reads.set(file, (read = file.arrayBuffer()));
  return read;
}
