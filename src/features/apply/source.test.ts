import { describe, expect, it } from 'vitest';
import { sourceFromSearch } from './source.ts';

describe('the source of an application', () => {
  it('reads ?source= first, then utm_source, in the shape the database admits', () => {
    expect(sourceFromSearch('?source=LinkedIn&utm_source=x')).toBe('linkedin');
    expect(sourceFromSearch('?utm_source=Job%20Fair%202026')).toBe('job-fair-2026');
    expect(sourceFromSearch('?utm_source=newsletter.dec')).toBe('newsletter.dec');
  });
  it('drops what has no usable characters and cuts long tags', () => {
    expect(sourceFromSearch('')).toBeNull();
    expect(sourceFromSearch('?source=<script>')).toBe('script-');
    expect(sourceFromSearch('?source=%F0%9F%98%80')).toBeNull();
    expect(sourceFromSearch(`?source=${'a'.repeat(80)}`)).toHaveLength(60);
  });
});
