import { describe, expect, it } from 'vitest';
import { signJwt } from '../jwt.ts';
import { StorageError } from './errors.ts';
import { signDownloadToken, signUploadToken, verifyObjectToken } from './tokens.ts';

const SECRET = 'a-test-secret-with-at-least-32-characters';
const refusal = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof StorageError ? e.body : e;
  }
};

describe('signed URL tokens', () => {
  it('binds an upload token to its path, owner and upsert flag', () => {
    const token = signUploadToken(SECRET, 'resumes/job/a.pdf', 'user-1', false);
    expect(verifyObjectToken(SECRET, token, 'resumes', 'job/a.pdf', 'upload')).toMatchObject({ owner: 'user-1', upsert: false, scope: 'upload' });
    expect(refusal(() => verifyObjectToken(SECRET, token, 'resumes', 'job/b.pdf', 'upload'))).toMatchObject({
      statusCode: '400',
      code: 'InvalidSignature',
    });
  });

  it('lasts two hours by default, as Supabase configures signed upload URLs', () => {
    const token = signUploadToken(SECRET, 'b/k', undefined, true);
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(7200);
    expect(claims).not.toHaveProperty('owner');
  });

  it('never lets a download token upload, or an upload token download', () => {
    const download = signDownloadToken(SECRET, 'b/k', 60);
    const upload = signUploadToken(SECRET, 'b/k', undefined, false);
    expect(refusal(() => verifyObjectToken(SECRET, download, 'b', 'k', 'upload'))).toMatchObject({
      code: 'InvalidSignature',
      message: 'Token is not scoped for upload',
    });
    expect(refusal(() => verifyObjectToken(SECRET, upload, 'b', 'k', 'download'))).toMatchObject({
      code: 'InvalidSignature',
      message: 'Token is not scoped for download',
    });
    // Legacy (scope-less) tokens are told apart by the upsert claim.
    const legacyUpload = signJwt({ url: 'b/k', upsert: false, exp: Math.floor(Date.now() / 1000) + 60 }, SECRET);
    expect(verifyObjectToken(SECRET, legacyUpload, 'b', 'k', 'upload').upsert).toBe(false);
    expect(refusal(() => verifyObjectToken(SECRET, legacyUpload, 'b', 'k', 'download'))).toMatchObject({ code: 'InvalidSignature' });
  });

  it('answers expired and tampered tokens with InvalidJWT like jose does', () => {
    const expired = signJwt({ url: 'b/k', scope: 'download', exp: Math.floor(Date.now() / 1000) - 5 }, SECRET);
    expect(refusal(() => verifyObjectToken(SECRET, expired, 'b', 'k', 'download'))).toEqual({
      statusCode: '400',
      code: 'InvalidJWT',
      error: 'InvalidJWT',
      message: '"exp" claim timestamp check failed',
    });
    const [h, , s] = signDownloadToken(SECRET, 'b/k', 60).split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ url: 'b/other', scope: 'download', exp: 9e9 })).toString('base64url')}.${s}`;
    expect(refusal(() => verifyObjectToken(SECRET, forged, 'b', 'other', 'download'))).toMatchObject({
      code: 'InvalidJWT',
      message: 'signature verification failed',
    });
    expect(refusal(() => verifyObjectToken(SECRET, 'garbage', 'b', 'k', 'download'))).toMatchObject({
      code: 'InvalidJWT',
      message: 'Invalid Compact JWS',
    });
  });
});
