import { describe, expect, it } from 'vitest';
import { foldCase, joinLines, normalizeLine } from './normalize.ts';

describe('normalizeLine', () => {
  it('expands ligatures and compatibility forms', () => {
    expect(normalizeLine('pro\uFB01cient work\uFB02ow e\uFB03cient \uFB00 \uFB04')).toBe('proficient workflow efficient ff ffl');
    expect(normalizeLine('ＴｙｐｅＳｃｒｉｐｔ\u00A0and\u2003Go')).toBe('TypeScript and Go');
  });

  it('drops soft hyphens, zero-width characters and leading bullets', () => {
    expect(normalizeLine('Kuber\u00ADnetes\u200B')).toBe('Kubernetes');
    expect(normalizeLine('•  Built the API')).toBe('Built the API');
    expect(normalizeLine('\uF0B7 Wingdings bullet')).toBe('Wingdings bullet');
    expect(normalizeLine('- dash bullet')).toBe('dash bullet');
    expect(normalizeLine('Python \uF0B7 Go')).toBe('Python • Go');
  });

  it('keeps dashes that carry meaning and the original case', () => {
    expect(normalizeLine('Jan 2018 – Present')).toBe('Jan 2018 – Present');
    expect(normalizeLine('C++ and C#')).toBe('C++ and C#');
  });
});

describe('joinLines', () => {
  it('mends a word hyphenated across a line break, camel-cased names too', () => {
    expect(joinLines(['operated Kuber-', 'netes clusters']).text).toBe('operated Kubernetes clusters');
    expect(joinLines(['Java-', 'Script']).text).toBe('JavaScript');
    expect(joinLines(['dashboards in Type-', 'Script and D3']).text).toBe('dashboards in TypeScript and D3');
    expect(joinLines(['tuned Postgre-', 'SQL']).text).toBe('tuned PostgreSQL');
    expect(joinLines(['2019 -', 'present']).text).toBe('2019 -\npresent');
    expect(joinLines(['from 2019-', '2021']).text).toBe('from 2019-\n2021');
  });

  it('keeps the hyphen of a compound split after a capital or an acronym', () => {
    expect(joinLines(['building SQL-', 'databases']).text).toBe('building SQL-databases');
    expect(joinLines(['CI-', 'CD pipelines']).text).toBe('CI-CD pipelines');
  });

  it('always joins at a soft hyphen, whatever the case of the continuation', () => {
    expect(joinLines(['infrastructure in Terra', 'form and Ansible'], [true, false]).text).toBe('infrastructure in Terraform and Ansible');
    expect(joinLines(['Type', 'Script'], [true]).text).toBe('TypeScript');
    expect(joinLines(['Type', 'Script'], [false]).text).toBe('Type\nScript');
  });

  it('records where each line starts', () => {
    expect(joinLines(['one', '', 'two']).lineStarts).toEqual([0, 4]);
  });
});

describe('foldCase', () => {
  it('lower-cases without moving offsets', () => {
    const text = 'İstanbul ÇAĞ Go';
    expect(foldCase(text)).toHaveLength(text.length);
    expect(foldCase('Node.JS')).toBe('node.js');
  });
});
