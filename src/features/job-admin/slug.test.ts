import { describe, expect, it } from 'vitest';
import { SLUG_MAX, SLUG_PATTERN, slugify, withSuffix } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Backend Developer', 'backend-developer'],
    ['  Senior Site-Reliability Engineer (m/w/d) ', 'senior-site-reliability-engineer-m-w-d'],
    ['Développeur·se Front-end — Zürich', 'developpeur-se-front-end-zurich'],
    ['C++ / C# Engineer', 'c-plus-plus-c-sharp-engineer'],
    ['Straße', 'strasse'],
    ['!!!', 'job'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('stays within the limit at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(80));
  });
});

describe('withSuffix', () => {
  it('appends a number and keeps the shape and length', () => {
    expect(withSuffix('backend-developer', 2)).toBe('backend-developer-2');
    const long = withSuffix(`${'a'.repeat(77)}-b`, 12);
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(long).toMatch(SLUG_PATTERN);
  });
});
