// Reads one legacy resume from under --files: the path must stay inside that folder (no `..`, no absolute
// path, no symlink pointing out), and the file must be a PDF within the bucket's size limit.
import fs from 'node:fs/promises';
import path from 'node:path';

export type Resume = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const PDF_SIGNATURE = Buffer.from('%PDF-');

export async function readResume(filesRoot: string, relative: string, maxBytes: number): Promise<Resume> {
  const fail = (reason: string): Resume => ({ ok: false, reason });
  const shown = JSON.stringify(relative);
  if (path.isAbsolute(relative) || /^[a-zA-Z]:[\\/]/.test(relative)) return fail(`resume path ${shown} is absolute; it must be relative to --files`);
  const root = await fs.realpath(filesRoot);
  const candidate = path.resolve(root, relative);
  if (!isInside(root, candidate)) return fail(`resume path ${shown} points outside --files`);

  let real: string;
  try {
    real = await fs.realpath(candidate);
  } catch {
    return fail(`resume file not found: ${relative}`);
  }
  if (!isInside(root, real)) return fail(`resume path ${shown} points outside --files (through a symlink)`);
  const stat = await fs.stat(real);
  if (!stat.isFile()) return fail(`resume path ${shown} is not a file`);
  if (stat.size === 0) return fail(`resume file ${relative} is empty`);
  if (stat.size > maxBytes)
    return fail(`resume file ${relative} is larger than the bucket's ${formatMiB(maxBytes)} limit (${stat.size.toLocaleString('en-US')} bytes)`);

  const bytes = new Uint8Array(await fs.readFile(real));
  if (!PDF_SIGNATURE.equals(Buffer.from(bytes.subarray(0, PDF_SIGNATURE.length))))
    return fail(`resume file ${relative} is not a PDF (no %PDF- signature)`);
  return { ok: true, bytes };
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

const formatMiB = (n: number) => `${Number((n / 1024 / 1024).toFixed(2))} MiB`;
