// Object bytes on local disk under `<dataDir>/storage/<bucket>/<key>`. Uploads stream into a temp
// file in the object's own folder (md5 and size computed on the way, the size limit enforced as bytes
// arrive) and are renamed into place only inside the transaction that writes the row, so a reader
// never sees half a file and a row never points at bytes that are not there.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ERRORS, StorageError } from './errors.ts';
import { objectFile } from './keys.ts';

export type WrittenFile = { temp: string; size: number; eTag: string; lastModified: string };

/** What an upload's rename did, so a failed commit can put things back. */
export type Installed = { undo: () => Promise<void>; done: () => Promise<void> };

// A key whose folder is a file on disk (or the reverse), or a name too long for the filesystem.
function diskKeyError(e: unknown, key: string): never {
  const code = (e as NodeJS.ErrnoException).code;
  // EPERM: link() refuses a directory, i.e. the key names an existing folder.
  if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST' || code === 'EPERM' || code === 'ENAMETOOLONG') throw ERRORS.invalidKey(key);
  throw e;
}

export class ObjectStore {
  constructor(readonly root: string) {}

  file(bucket: string, key: string): string {
    return objectFile(this.root, bucket, key);
  }

  /** Streams `source` into a temp file next to the object; throws 413 past `limit` bytes. */
  async writeTemp(bucket: string, key: string, source: AsyncIterable<Buffer>, limit: number): Promise<WrittenFile> {
    const dir = path.dirname(this.file(bucket, key));
    const temp = path.join(dir, `.upload-${randomUUID()}`);
    const out = await this.createExclusive(dir, temp, key);
    const hash = createHash('md5');
    let size = 0;
    async function* counted() {
      for await (const chunk of source) {
        size += chunk.length;
        if (size > limit) throw ERRORS.entityTooLarge();
        hash.update(chunk);
        yield chunk;
      }
    }
    try {
      await pipeline(counted(), out);
      const stat = await fsp.stat(temp);
      return { temp, size, eTag: `"${hash.digest('hex')}"`, lastModified: stat.mtime.toISOString() };
    } catch (e) {
      await fsp.rm(temp, { force: true });
      throw e;
    }
  }

  // An empty folder can be swept by a concurrent delete between mkdir and open: try again.
  private async createExclusive(dir: string, temp: string, key: string): Promise<fs.WriteStream> {
    for (let attempt = 0; ; attempt++) {
      try {
        await fsp.mkdir(dir, { recursive: true });
        const handle = await fsp.open(temp, 'wx');
        return handle.createWriteStream();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' && attempt < 5) continue;
        diskKeyError(e, key);
      }
    }
  }

  /** Moves an uploaded temp file into place; the previous bytes are kept aside until `done`. */
  async install(written: WrittenFile, bucket: string, key: string): Promise<Installed> {
    const file = this.file(bucket, key);
    const backup = path.join(path.dirname(file), `.replaced-${randomUUID()}`);
    let hadOld = true;
    await fsp.link(file, backup).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') hadOld = false;
      else diskKeyError(e, key);
    });
    try {
      await fsp.rename(written.temp, file);
    } catch (e) {
      if (hadOld) await fsp.rm(backup, { force: true });
      diskKeyError(e, key);
    }
    return {
      undo: async () => {
        if (hadOld) await fsp.rename(backup, file);
        else await fsp.rm(file, { force: true });
      },
      done: async () => {
        if (hadOld) await fsp.rm(backup, { force: true });
      },
    };
  }

  async discard(written: WrittenFile): Promise<void> {
    await fsp.rm(written.temp, { force: true });
  }

  /**
   * Deletes objects' bytes and the folders they leave empty (up to the bucket's folder). Runs after
   * the rows are gone, so it is best effort: bytes left behind have no row and are never served.
   */
  async remove(bucket: string, keys: string[]): Promise<void> {
    const bucketDir = path.resolve(this.root, bucket);
    for (const key of keys) {
      let file: string;
      try {
        file = this.file(bucket, key);
      } catch {
        continue; // a row written straight into SQL under a name no upload could have used
      }
      await fsp.rm(file, { force: true }).catch(() => undefined);
      for (let dir = path.dirname(file); dir.startsWith(`${bucketDir}${path.sep}`); dir = path.dirname(dir)) {
        const gone = await fsp.rmdir(dir).then(
          () => true,
          () => false,
        );
        if (!gone) break;
      }
    }
  }

  /** Opens an object's bytes; the size comes from the open file, so it always matches what is sent. */
  async open(bucket: string, key: string): Promise<{ handle: fsp.FileHandle; size: number; mtime: Date }> {
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(this.file(bucket, key), 'r');
    } catch (e) {
      if (e instanceof StorageError) throw e;
      throw ERRORS.bytesNotFound();
    }
    const stat = await handle.stat();
    if (!stat.isFile()) {
      await handle.close();
      throw ERRORS.bytesNotFound();
    }
    return { handle, size: stat.size, mtime: stat.mtime };
  }
}

/** Serialises writers of the same object keys in this process (rename + row commit, delete + unlink). */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
    const releases: (() => void)[] = [];
    try {
      // One order for everybody, so two multi-key holders cannot deadlock.
      for (const key of [...new Set(keys)].sort()) releases.push(await this.acquire(key));
      return await fn();
    } finally {
      for (const release of releases) release();
    }
  }

  private async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}
