import { describe, expect, it } from 'vitest';
import { dateRanges, estimateYears } from './experience.ts';
import { parseFields } from './fields.ts';
import { headingKey } from './sections.ts';
import type { ExtractedDoc } from './types.ts';

const NOW = new Date('2025-06-15T12:00:00Z');
const lines = (text: string) => text.split('\n').map((t) => ({ page: 1, text: t }));

describe('section headings', () => {
  it.each([
    ['Experience', 'experience'],
    ['WORK EXPERIENCE', 'experience'],
    ['Professional Experience:', 'experience'],
    ['E X P E R I E N C E', 'experience'],
    ['EDUCATION', 'education'],
    ['Technical Skills', 'skills'],
    ['SKILLS & TOOLS', 'skills'],
    ['Projects', 'projects'],
  ])('%j → %s', (line, key) => expect(headingKey(line)).toBe(key));

  it('ignores lines that only mention a section', () => {
    expect(headingKey('Experience with Kafka and Flink')).toBeNull();
    expect(headingKey('Languages: Python, Go')).toBeNull();
  });
});

describe('years of experience', () => {
  it('reads the usual date-range spellings', () => {
    const months = (text: string) => dateRanges(text, NOW).map((r) => r.to - r.from);
    expect(months('Jan 2018 - Mar 2021')).toEqual([38]);
    expect(months('2019 – Present')).toEqual([77]);
    expect(months('03/2017 to 06/2019')).toEqual([27]);
    expect(months('September 2020 — current')).toEqual([57]);
    expect(months('Call 2019 2021 or +1 555 0100')).toEqual([]);
  });

  it('counts overlapping jobs once and leaves education out', () => {
    const resume = lines('Experience\nAcme | Jan 2021 – Present\nGlobex | Mar 2017 – Dec 2021\nEducation\nBSc | 2011 – 2015');
    // Mar 2017 → Jun 2025 without double-counting 2021: 99 months.
    expect(estimateYears(resume, NOW)).toBe(8.3);
  });

  it('uses every dated line outside education when there is no experience heading', () => {
    expect(estimateYears(lines('Acme 2020 - 2022\nEDUCATION\nMSc 2014 - 2019'), NOW)).toBe(2);
    expect(estimateYears(lines('No dates here'), NOW)).toBeNull();
  });

  it('ignores ranges that end before they start or lie in the future', () => {
    expect(estimateYears(lines('Experience\n2022 - 2019\n2030 - 2031'), NOW)).toBeNull();
  });
});

describe('contact fields', () => {
  const docOf = (...lines: string[]): ExtractedDoc => ({
    pageCount: 1,
    pages: [
      {
        number: 1,
        width: 612,
        height: 792,
        lines: lines.map((text, i) => ({ text, x: 54, y: 740 - 14 * i, height: i === 1 ? 20 : 10, column: 0, items: [] })),
      },
    ],
  });

  it('takes the most prominent name-shaped line, not a title or a heading', () => {
    expect(parseFields(docOf('Curriculum Vitae', 'María José García-López', 'Senior Data Engineer')).name).toBe('María José García-López');
    expect(parseFields(docOf('Skills', 'EXPERIENCE', 'Python, Go')).name).toBeNull();
  });

  it('finds a phone number but not years or dates', () => {
    expect(parseFields(docOf('Jane Roe', 'Acme 2015 2017', 'Globex 2019-2021', 'Updated 2024.01.15')).phone).toBeNull();
    expect(parseFields(docOf('Jane Roe', 'Born 1990-2000 maybe', 'Mobile: +49 30 901820')).phone).toBe('+49 30 901820');
  });

  it('finds profile links, and does not take tech names for domains', () => {
    const parsed = parseFields(
      docOf(
        'Jane Roe',
        'https://www.linkedin.com/in/jane-roe/ | GitHub: github.com/janeroe.',
        'Node.js, ASP.NET, Socket.IO, Vue.js',
        'Portfolio: https://roe.studio/work',
        'Slides at speakerdeck.com/janeroe',
      ),
    );
    expect(parsed.links).toEqual({
      linkedin: 'https://linkedin.com/in/jane-roe',
      github: 'https://github.com/janeroe',
      portfolio: 'https://roe.studio/work',
      other: ['https://speakerdeck.com/janeroe'],
    });
  });
});
