// Upload limits: the project-wide size limit from supabase/config.toml ([storage] file_size_limit,
// as `supabase start` passes it to Storage), bucket size strings, and the MIME allow-list check.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.ts';
import { readTomlTables } from '../toml.ts';
import { ERRORS } from './errors.ts';

const DEFAULT_FILE_SIZE_LIMIT = 50 * 1024 * 1024; // the CLI's default "50MiB"

const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** `50MiB`, `5MB`, `300KB`, `3B` or a plain number of bytes; null when unreadable. */
export function parseSize(value: string | number): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!m) return null;
  const unit = UNITS[(m[2] || 'b').toLowerCase()];
  return unit ? Math.floor(Number(m[1]) * unit) : null;
}

export function projectFileSizeLimit(configFile = path.join(ROOT, 'supabase', 'config.toml')): number {
  try {
    const value = readTomlTables(fs.readFileSync(configFile, 'utf8')).storage?.file_size_limit;
    const parsed = typeof value === 'string' || typeof value === 'number' ? parseSize(value) : null;
    return parsed ?? DEFAULT_FILE_SIZE_LIMIT;
  } catch {
    return DEFAULT_FILE_SIZE_LIMIT;
  }
}

/** Storage's empty-folder marker is a 0-byte object exempt from the MIME list (limits.ts isEmptyFolder). */
export const isEmptyFolder = (key: string) => key.endsWith('.emptyFolderPlaceholder');

/**
 * The bucket's allow-list check exactly as src/storage/uploader.ts validateMimeType: `type/sub` or
 * `type/*`, compared on the raw value (so `text/plain;charset=UTF-8` does not match `text/plain`).
 */
export function validateMimeType(mimeType: string, allowed: string[]): void {
  const [type, sub] = mimeType.split('/');
  if (sub === undefined) throw ERRORS.invalidMimeType(mimeType);
  for (const entry of allowed) {
    const [allowedType, allowedSub] = entry.split('/');
    if (allowedType === type && (allowedSub === '*' || allowedSub === sub)) return;
  }
  throw ERRORS.invalidMimeType(mimeType);
}
