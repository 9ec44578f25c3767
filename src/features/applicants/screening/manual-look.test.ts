import { describe, expect, it } from 'vitest';
import { manualLookReason, mayScoreAgain } from './manual-look.ts';

describe('the manual-look reason', () => {
  it('says in plain words why each code needs a person, never the code itself', () => {
    for (const code of ['encrypted', 'no_text', 'not_pdf', 'too_large', 'timeout', 'unreadable', 'missing_file']) {
      const reason = manualLookReason(code);
      expect(reason).not.toContain(code);
      expect(reason).toMatch(/^[A-Z].+\.$/);
    }
    expect(manualLookReason('encrypted')).toContain('password');
    expect(manualLookReason('no_text')).toContain('scan');
  });
  it('reads an unknown or missing code as a generic reason', () => {
    expect(manualLookReason('something_new')).toBe('The resume could not be read.');
    expect(manualLookReason(null)).toBe('The resume could not be read.');
  });
  it('offers another try only where the file may be fine', () => {
    expect(mayScoreAgain('timeout')).toBe(true);
    expect(mayScoreAgain('encrypted')).toBe(false);
    expect(mayScoreAgain('no_text')).toBe(false);
  });
});
