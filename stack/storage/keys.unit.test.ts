import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StorageError } from './errors.ts';
import { bucketFromSegment, isSafeKey, objectFile, objectFromSegments, rawRoute } from './keys.ts';

const parse = (url: string) => objectFromSegments(rawRoute(url)!.segments.slice(1));
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof StorageError ? (e.body as { code: string }).code : String(e);
  }
  return 'ok';
};

describe('object keys from the raw request target', () => {
  it('decodes percent-encoded segments', () => {
    expect(parse('/storage/v1/object/resumes/backend-developer/a%20b.pdf?x=1')).toEqual({ bucket: 'resumes', key: 'backend-developer/a b.pdf' });
  });

  it.each([
    ['/storage/v1/object/resumes/../secret.pdf', 'dot-dot segment'],
    ['/storage/v1/object/resumes/a/%2e%2e/b.pdf', 'encoded dot-dot'],
    ['/storage/v1/object/resumes/a/%2E%2E', 'encoded upper-case dot-dot'],
    ['/storage/v1/object/resumes/./b.pdf', 'dot segment'],
    ['/storage/v1/object/resumes/a//b.pdf', 'empty segment'],
    ['/storage/v1/object/resumes/a/', 'trailing slash'],
    ['/storage/v1/object/resumes/a%2Fb.pdf', 'encoded slash'],
    ['/storage/v1/object/resumes/a%5cb.pdf', 'encoded backslash'],
    ['/storage/v1/object/resumes/a\\b.pdf', 'raw backslash'],
    ['/storage/v1/object/resumes/a%00.pdf', 'NUL'],
    ['/storage/v1/object/resumes/%E0%A4%A', 'broken escape'],
    ['/storage/v1/object/resumes/caf%C3%A9.pdf', 'non-ASCII (Storage refuses it too)'],
    ['/storage/v1/object/resumes', 'no key'],
  ])('refuses %s (%s) with InvalidKey', (url) => {
    expect(code(() => parse(url))).toBe('InvalidKey');
  });

  it('refuses bucket names that are not S3-safe or that walk out of the storage folder', () => {
    expect(code(() => bucketFromSegment('..'))).toBe('InvalidBucketName');
    expect(code(() => bucketFromSegment('a%2Fb'))).toBe('InvalidBucketName');
    expect(code(() => parse('/storage/v1/object/%2e%2e/x.pdf'))).toBe('InvalidBucketName');
    expect(bucketFromSegment('resumes')).toBe('resumes');
  });

  it('is not fooled by an absolute-form target', () => {
    expect(rawRoute('http://127.0.0.1:54321/storage/v1/object/b/k')?.segments).toEqual(['object', 'b', 'k']);
    expect(rawRoute('/rest/v1/jobs')).toBeNull();
  });

  it('keeps files inside the bucket folder', () => {
    const root = '/data/storage';
    expect(objectFile(root, 'resumes', 'job/x.pdf')).toBe(path.join(root, 'resumes', 'job', 'x.pdf'));
    expect(code(() => objectFile(root, 'resumes', '../other/x.pdf'))).toBe('InvalidKey');
    expect(code(() => objectFile(root, '..', 'x.pdf'))).toBe('InvalidKey');
    expect(isSafeKey('a/b/c.pdf')).toBe(true);
    expect(isSafeKey('')).toBe(false);
  });
});
