import { describe, expect, it } from 'vitest';
import { findHits, markHits } from './highlight.ts';

const skill = (name: string, aliases: string[] = []) => ({ name, weight: 3, required: false, aliases });

describe('findHits', () => {
  it('finds a skill and its aliases on token boundaries', () => {
    expect(findHits('Postgres and PostgreSQL, not Postgresqlish', [skill('PostgreSQL', ['Postgres'])])).toEqual([
      { start: 0, end: 8 },
      { start: 13, end: 23 },
    ]);
  });

  it('tells tech names apart: C++ and C#, Java in JavaScript', () => {
    expect(findHits('C++ and C#', [skill('C++'), skill('C#')])).toEqual([
      { start: 0, end: 3 },
      { start: 8, end: 10 },
    ]);
    expect(findHits('JavaScript', [skill('Java')])).toEqual([]);
  });

  it('merges overlapping hits of different skills', () => {
    expect(findHits('Node.js', [skill('Node', []), skill('Node.js')])).toEqual([{ start: 0, end: 7 }]);
  });
});

describe('markHits', () => {
  it('wraps hits in <mark> and escapes everything else', () => {
    expect(markHits('<b>TypeScript</b> & Postgres', [skill('TypeScript'), skill('PostgreSQL', ['Postgres'])])).toBe(
      '&lt;b&gt;<mark class="skill-hit">TypeScript</mark>&lt;/b&gt; &amp; <mark class="skill-hit">Postgres</mark>',
    );
  });

  it('leaves text without hits as escaped text', () => {
    expect(markHits('a "quoted" <tag>', [skill('Rust')])).toBe('a &quot;quoted&quot; &lt;tag&gt;');
  });
});
