import { describe, expect, it } from 'vitest';
import { StorageError } from './errors.ts';
import { contentDisposition, parseRange } from './render.ts';

describe('byte ranges and downloads', () => {
  it('parses the single ranges Storage accepts and clamps the end', () => {
    expect(parseRange('bytes=0-4', 100)).toEqual({ from: 0, to: 4 });
    expect(parseRange('bytes=90-', 100)).toEqual({ from: 90, to: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ from: 90, to: 99 });
    expect(parseRange('bytes=50-1000', 100)).toEqual({ from: 50, to: 99 });
  });

  it.each(['bytes=100-', 'bytes=5-1', 'bytes=-0', 'bytes=-', 'items=0-1', 'bytes=0-1,3-4'])('answers %s with 416', (header) => {
    const err = (() => {
      try {
        parseRange(header, 100);
      } catch (e) {
        return e as StorageError;
      }
    })();
    expect(err?.status).toBe(416);
    expect(err?.body).toMatchObject({ statusCode: '416', code: 'InvalidRange' });
  });

  it('names the download as Storage does, percent-encoded in both forms', () => {
    expect(contentDisposition('')).toBe('attachment;');
    expect(contentDisposition('CV – Ada "final".pdf')).toBe(
      "attachment; filename=CV%20%E2%80%93%20Ada%20%22final%22.pdf; filename*=UTF-8''CV%20%E2%80%93%20Ada%20%22final%22.pdf",
    );
  });
});
