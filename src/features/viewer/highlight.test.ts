import { describe, expect, it } from 'vitest';
import { findHits, markHits } from './highlight.ts';

describe('findHits', () => {
  it('finds terms case-insensitively on word boundaries', () => {
    expect(findHits('Go, Google and golang; go!', ['go'])).toEqual([
      { start: 0, end: 2 },
      { start: 23, end: 25 },
    ]);
  });

  it('matches terms that end in symbols and merges overlaps', () => {
    expect(findHits('C++ and C#', ['C++', 'C#'])).toEqual([
      { start: 0, end: 3 },
      { start: 8, end: 10 },
    ]);
    expect(findHits('Node.js', ['Node', 'Node.js'])).toEqual([{ start: 0, end: 7 }]);
  });

  it('ignores empty terms', () => {
    expect(findHits('anything', ['', '  '])).toEqual([]);
  });
});

describe('markHits', () => {
  it('wraps hits in <mark> and escapes everything else', () => {
    expect(markHits('<b>TypeScript</b> & Postgres', ['typescript', 'postgres'])).toBe(
      '&lt;b&gt;<mark class="skill-hit">TypeScript</mark>&lt;/b&gt; &amp; <mark class="skill-hit">Postgres</mark>',
    );
  });

  it('escapes the marked text too', () => {
    expect(markHits('x <T> y', ['<T>'])).toBe('x <mark class="skill-hit">&lt;T&gt;</mark> y');
  });
});
