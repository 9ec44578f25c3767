import { describe, expect, it } from 'vitest';
import { markHits, markItems, markRanges } from './highlight.ts';

const skill = (name: string, aliases: string[] = []) => ({ name, weight: 3, required: false, aliases });
const mark = (s: string) => `<mark class="skill-hit">${s}</mark>`;

describe('markHits (one item)', () => {
  it('marks a skill and its aliases on token boundaries', () => {
    expect(markHits('Postgres and PostgreSQL, not Postgresqlish', [skill('PostgreSQL', ['Postgres'])])).toBe(
      `${mark('Postgres')} and ${mark('PostgreSQL')}, not Postgresqlish`,
    );
  });

  it('tells tech names apart: C++ and C#, Java is not in JavaScript', () => {
    expect(markHits('C++ and C#', [skill('C++'), skill('C#')])).toBe(`${mark('C++')} and ${mark('C#')}`);
    expect(markHits('JavaScript', [skill('Java')])).toBe('JavaScript');
  });

  it('escapes everything, marked or not', () => {
    expect(markHits('<b>TypeScript</b> & "x"', [skill('TypeScript')])).toBe(`&lt;b&gt;${mark('TypeScript')}&lt;/b&gt; &amp; &quot;x&quot;`);
  });
});

describe('markRanges', () => {
  it('merges overlapping ranges', () => {
    expect(markRanges('Node.js', [{ start: 0, end: 4 }, { start: 0, end: 7 }])).toBe(mark('Node.js'));
  });
});

describe('markItems (a page of items)', () => {
  it('finds a skill split over two items, and a lone "Go" in a list', () => {
    expect(markItems(['apps in React', 'Native today'], [skill('React Native')])).toEqual([`apps in ${mark('React')}`, `${mark('Native')} today`]);
    expect(markItems(['Python,', 'Go', ', Rust'], [skill('Go')])).toEqual(['Python,', mark('Go'), ', Rust']);
  });

  it('leaves items without hits as escaped text', () => {
    expect(markItems(['a <tag>', ''], [skill('Rust')])).toEqual(['a &lt;tag&gt;', '']);
  });
});
