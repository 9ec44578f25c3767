import { describe, expect, it } from 'vitest';
import { markHits, markItems, markRanges } from './highlight.ts';

const skill = (name: string, aliases: string[] = []) => ({ name, weight: 3, required: false, aliases });
const mark = (s: string) => `<mark class="skill-hit">${s}</mark>`;
const item = (str: string) => ({ str });

describe('markHits (one item)', () => {
  it('marks a skill and its aliases on token boundaries', () => {
    expect(markHits(item('Postgres and PostgreSQL, not Postgresqlish'), [skill('PostgreSQL', ['Postgres'])])).toBe(
      `${mark('Postgres')} and ${mark('PostgreSQL')}, not Postgresqlish`,
    );
  });

  it('tells tech names apart: C++ and C#, Java is not in JavaScript', () => {
    expect(markHits(item('C++ and C#'), [skill('C++'), skill('C#')])).toBe(`${mark('C++')} and ${mark('C#')}`);
    expect(markHits(item('JavaScript'), [skill('Java')])).toBe('JavaScript');
  });

  it('escapes everything, marked or not', () => {
    expect(markHits(item('<b>TypeScript</b> & "x"'), [skill('TypeScript')])).toBe(`&lt;b&gt;${mark('TypeScript')}&lt;/b&gt; &amp; &quot;x&quot;`);
  });

  it("puts the item's PDF font and width on its marks, escaped, and only when both are known", () => {
    expect(markHits({ str: 'Go and Rust', fontName: 'g_d0_f1', width: 52.5 }, [skill('Rust')])).toBe(
      'Go and <mark class="skill-hit" data-font="g_d0_f1" data-item-width="52.5">Rust</mark>',
    );
    expect(markHits({ str: 'Rust', fontName: 'a"><b', width: 20 }, [skill('Rust')])).toBe(
      '<mark class="skill-hit" data-font="a&quot;&gt;&lt;b" data-item-width="20">Rust</mark>',
    );
    expect(markHits({ str: 'Rust', fontName: 'f1' }, [skill('Rust')])).toBe(mark('Rust'));
    expect(markHits({ str: 'Rust', fontName: 'f1', width: 0 }, [skill('Rust')])).toBe(mark('Rust'));
  });
});

describe('markRanges', () => {
  it('merges overlapping ranges', () => {
    expect(
      markRanges('Node.js', [
        { start: 0, end: 4 },
        { start: 0, end: 7 },
      ]),
    ).toBe(mark('Node.js'));
  });
});

describe('markItems (a page of items)', () => {
  it('finds a skill split over two items, and a lone "Go" in a list', () => {
    expect(markItems([item('apps in React'), item('Native today')], [skill('React Native')])).toEqual([
      `apps in ${mark('React')}`,
      `${mark('Native')} today`,
    ]);
    expect(markItems([item('Python,'), item('Go'), item(', Rust')], [skill('Go')])).toEqual(['Python,', mark('Go'), ', Rust']);
  });

  it('leaves items without hits as escaped text', () => {
    expect(markItems([item('a <tag>'), item('')], [skill('Rust')])).toEqual(['a &lt;tag&gt;', '']);
  });

  it("gives each item's marks that item's font and width", () => {
    expect(
      markItems(
        [
          { str: 'React', fontName: 'f1', width: 30 },
          { str: 'Native', fontName: 'f2', width: 35.25 },
        ],
        [skill('React Native')],
      ),
    ).toEqual([
      '<mark class="skill-hit" data-font="f1" data-item-width="30">React</mark>',
      '<mark class="skill-hit" data-font="f2" data-item-width="35.25">Native</mark>',
    ]);
  });
});
