import { describe, expect, it } from 'vitest';
import { asName, findName } from './name.ts';
import type { ExtractedDoc, TextLine } from './types.ts';

const line = (text: string, y: number, height = 10, extra: Partial<TextLine> = {}): TextLine => ({
  text,
  x: 54,
  y,
  height,
  column: 0,
  items: [],
  ...extra,
});
const docOf = (...lines: TextLine[]): ExtractedDoc => ({ pageCount: 1, pages: [{ number: 1, width: 612, height: 792, lines }] });

describe('asName: a cell as a name', () => {
  it.each([
    ['Dr. Anna Schmidt-Weber, M.Sc., PhD', 'Anna Schmidt-Weber'],
    ['ROBERT NGUYEN, CPA', 'ROBERT NGUYEN'],
    ['Jane Roe MBA', 'Jane Roe'],
    ['Prof. Dr. Li Wei, Ph.D.', 'Li Wei'],
    ['Sam Okafor, MD', 'Sam Okafor'],
    ['Name: María José García-López', 'María José García-López'],
    ['Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['Иван Петров', 'Иван Петров'],
    ['张伟', '张伟'],
    ['姓名：王小明', '王小明'],
    ['欧阳 娜娜', '欧阳 娜娜'],
    ['田中 太郎', '田中 太郎'],
    ['김민준', '김민준'],
  ])('%j → %j', (cell, name) => expect(asName(cell)).toBe(name));

  it.each(['Wei Ma', 'Ana Md', 'John Smith Jr.'])('keeps a surname that looks like a degree: %j', (cell) => expect(asName(cell)).toBe(cell));

  it.each([
    '个人简历',
    '工作经历',
    '专业技能',
    'Curriculum Vitae',
    'Senior Data Engineer',
    'WORK EXPERIENCE',
    'Python, Go',
    'M.Sc.',
    '中华人民共和国国务院',
  ])('refuses %j', (cell) => expect(asName(cell)).toBeNull());
});

describe('findName: where the name sits', () => {
  it('takes the largest name-shaped cell, not the first', () => {
    expect(findName(docOf(line('Curriculum Vitae', 760), line('Tel. 555 0100 | Acme Corp', 740), line('Jane Roe', 720, 22)))).toBe('Jane Roe');
  });

  it('finds a sidebar name read after a long main column, by its own cell height', () => {
    const main = Array.from({ length: 20 }, (_, i) => line(`Built and ran service number ${i + 1} for the team`, 740 - 14 * i, 10.5, { column: 1 }));
    const side = [
      line('PROFILE | Alexandra', 740, 20, { column: 2, cells: [{ text: 'Alexandra', x: 425, height: 20 }] }),
      line('Okonkwo-Reyes', 716, 20, { x: 425, column: 2, cells: [{ text: 'Okonkwo-Reyes', x: 425, height: 20 }] }),
    ];
    expect(findName(docOf(...main, ...side))).toBe('Alexandra Okonkwo-Reyes');
  });

  it('joins a first name and surname set on two lines, only when they line up', () => {
    expect(findName(docOf(line('ÉLODIE', 740, 26), line('elodie@example.fr', 727, 9), line('MARCHAND', 712, 26)))).toBe('ÉLODIE MARCHAND');
    expect(findName(docOf(line('Skills', 740, 26), line('Python', 712, 26)))).toBeNull();
  });

  it('finds nothing on a page without a name', () => {
    expect(findName(docOf(line('Skills', 760), line('EXPERIENCE', 740, 20), line('Python, Go', 720)))).toBeNull();
  });
});
