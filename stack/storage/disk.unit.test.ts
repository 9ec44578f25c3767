import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyedLock, ObjectStore } from './disk.ts';
import { StorageError } from './errors.ts';

let root: string;
let store: ObjectStore;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'storage-disk-'));
  store = new ObjectStore(root);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

async function* chunks(...parts: (string | Buffer)[]) {
  for (const p of parts) yield Buffer.from(p);
}
const listing = (dir: string) => fs.readdirSync(dir);

describe('object bytes on disk', () => {
  it('streams to a hidden temp file with md5 and size, and only appears once installed', async () => {
    const written = await store.writeTemp('b', 'job/a.pdf', chunks('%PDF-', 'rest'), 100);
    expect(written.size).toBe(9);
    expect(written.eTag).toBe(`"${createHash('md5').update('%PDF-rest').digest('hex')}"`);
    expect(fs.existsSync(store.file('b', 'job/a.pdf'))).toBe(false);
    const installed = await store.install(written, 'b', 'job/a.pdf');
    await installed.done();
    expect(fs.readFileSync(store.file('b', 'job/a.pdf'), 'utf8')).toBe('%PDF-rest');
    expect(listing(path.join(root, 'b', 'job'))).toEqual(['a.pdf']);
  });

  it('stops at the size limit and leaves nothing behind', async () => {
    const err = await store.writeTemp('b', 'k.bin', chunks('12345', '67890', 'never read'), 7).catch((e) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err.body).toMatchObject({ statusCode: '413', error: 'Payload too large' });
    expect(listing(path.join(root, 'b'))).toEqual([]);
  });

  it('puts the previous bytes back when the row does not commit', async () => {
    await (await store.install(await store.writeTemp('b', 'k', chunks('old'), 10), 'b', 'k')).done();
    const replacing = await store.install(await store.writeTemp('b', 'k', chunks('new'), 10), 'b', 'k');
    expect(fs.readFileSync(store.file('b', 'k'), 'utf8')).toBe('new');
    await replacing.undo();
    expect(fs.readFileSync(store.file('b', 'k'), 'utf8')).toBe('old');
    expect(listing(path.join(root, 'b'))).toEqual(['k']);
    const fresh = await store.install(await store.writeTemp('b', 'n', chunks('x'), 10), 'b', 'n');
    await fresh.undo();
    expect(fs.existsSync(store.file('b', 'n'))).toBe(false);
  });

  it('removes bytes and the folders they leave empty, never the bucket folder', async () => {
    await (await store.install(await store.writeTemp('b', 'x/y/z.pdf', chunks('1'), 10), 'b', 'x/y/z.pdf')).done();
    await (await store.install(await store.writeTemp('b', 'x/keep.pdf', chunks('1'), 10), 'b', 'x/keep.pdf')).done();
    await store.remove('b', ['x/y/z.pdf', '../escape', 'missing.pdf']);
    expect(listing(path.join(root, 'b'))).toEqual(['x']);
    expect(listing(path.join(root, 'b', 'x'))).toEqual(['keep.pdf']);
  });

  it('answers a file-where-a-folder-should-be clash with InvalidKey, not a crash', async () => {
    await (await store.install(await store.writeTemp('b', 'a', chunks('1'), 10), 'b', 'a')).done();
    const err = await store.writeTemp('b', 'a/b', chunks('2'), 10).catch((e) => e);
    expect(err.body).toMatchObject({ code: 'InvalidKey' });
    await (await store.install(await store.writeTemp('b', 'dir/file', chunks('1'), 10), 'b', 'dir/file')).done();
    const onFolder = await store.install(await store.writeTemp('b', 'x', chunks('2'), 10), 'b', 'dir').catch((e) => e);
    expect(onFolder.body).toMatchObject({ code: 'InvalidKey' });
    const tooLong = await store.writeTemp('b', `${'n'.repeat(300)}/f`, chunks('2'), 10).catch((e) => e);
    expect(tooLong.body).toMatchObject({ code: 'InvalidKey' });
  });

  it('reports missing bytes as Storage does', async () => {
    const err = await store.open('b', 'nope').catch((e) => e);
    expect(err.body).toMatchObject({ statusCode: '404', code: 'NoSuchKey' });
  });
});

describe('keyed lock', () => {
  it('runs holders of the same key one after the other', async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    const slow = lock.run(['k'], async () => {
      order.push('a start');
      await new Promise((r) => setTimeout(r, 20));
      order.push('a end');
    });
    const other = lock.run(['other'], async () => void order.push('other'));
    const fast = lock.run(['k', 'z'], async () => void order.push('b'));
    await Promise.all([slow, other, fast]);
    expect(order).toEqual(['a start', 'other', 'a end', 'b']);
  });
});
