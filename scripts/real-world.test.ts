// Real-world layouts through real pdf.js: names and e-mails from letter-spaced text, sidebars, a header beside a photo,
// titles and suffixes; skills across line-end hyphens, in ALL CAPS and in a kerned logo; the old confusers stay quiet.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { realWorldFixtures } from '../tests/fixtures/lib/real-world-layouts.ts';
import { extractText, parseFields, scoreText, type ExtractedDoc, type PdfjsLike, type Skill } from '../supabase/functions/_shared/scoring/index.ts';

const lib: PdfjsLike = pdfjs;
let docs: Record<string, ExtractedDoc>;

beforeAll(async () => {
  const pdf = await realWorldFixtures();
  docs = Object.fromEntries(await Promise.all(Object.entries(pdf).map(async ([name, bytes]) => [name, await extractText(bytes, lib)] as const)));
}, 60_000);

const skill = (name: string): Skill => ({ name, weight: 1, required: false, aliases: [] });
const matched = (name: string, skills: string[]) => scoreText(docs[name], skills.map(skill)).details.matched.map((m) => m.skill);
const contact = (name: string) => {
  const { name: person, email, phone } = parseFields(docs[name]);
  return { name: person, email, phone };
};

describe('name, e-mail and phone where real resumes put them', () => {
  it.each([
    ['letter-spaced.pdf', { name: 'MARTA KOWALSKA', email: 'marta.kowalska@example.com', phone: '+48 22 555 01 23' }],
    ['sidebar-right.pdf', { name: 'Alexandra Okonkwo-Reyes', email: 'alexandra.okonkwo@example.org', phone: '+1 415 555 0199' }],
    ['photo-header.pdf', { name: 'ÉLODIE MARCHAND-LEFÈVRE', email: 'elodie.marchand@example.fr', phone: '+33 6 12 34 56 78' }],
    ['degree-suffix.pdf', { name: 'Anna Schmidt-Weber', email: 'anna.schmidt-weber@example.de', phone: '+49 30 1234 5678' }],
    ['all-caps-suffix.pdf', { name: 'ROBERT NGUYEN', email: 'robert.nguyen@example.com', phone: '(555) 201-3344' }],
    ['latex-logo.pdf', { name: 'Kenji Watanabe', email: 'kenji.watanabe@example.jp', phone: null }],
    ['chinese.pdf', { name: '王晓明', email: 'wang.xiaoming@example.cn', phone: '+86 138 0013 8000' }],
    ['spanish.pdf', { name: 'José Ramírez Núñez', email: 'jose.ramirez.nunez@example.es', phone: '+34 612 345 678' }],
  ])('%s', (file, expected) => {
    expect(contact(file)).toEqual(expected);
  });

  it('rejoins letter-spaced glyphs by position, keeping the wider word gaps', () => {
    const lines = docs['letter-spaced.pdf'].pages[0].lines.map((l) => l.text);
    expect(lines).toEqual(expect.arrayContaining(['MARTA KOWALSKA', 'marta.kowalska@example.com', 'SKILLS']));
    expect(parseFields(docs['letter-spaced.pdf']).sections).toEqual(['skills', 'experience']);
  });
});

describe('skills in real-world text', () => {
  it('across line-end hyphens: camel-cased names and compounds after a capital', () => {
    expect(matched('degree-suffix.pdf', ['TypeScript', 'SQL', 'Python', 'R', 'Go', 'Rust', 'LaTeX', 'Java'])).toEqual([
      'TypeScript',
      'SQL',
      'Python',
      'R',
      'Go',
      'Rust',
      'LaTeX',
    ]);
    const sql = scoreText(docs['degree-suffix.pdf'], [skill('SQL')]).details.matched[0];
    expect(sql.evidence[0].snippet).toContain('building SQL-databases for research groups');
  });

  it('ALL-CAPS short names in skill lists', () => {
    expect(matched('all-caps-suffix.pdf', ['Go', 'SQL', 'Python', 'Excel', 'Rust'])).toEqual(['Go', 'SQL', 'Python', 'Excel']);
    expect(matched('sidebar-right.pdf', ['Go', 'gRPC', 'Docker', 'Kafka'])).toEqual(['Go', 'gRPC', 'Docker', 'Kafka']);
  });

  it('in Chinese lists (、 and 和 as separators) and under Spanish and Chinese headings', () => {
    expect(matched('chinese.pdf', ['Python', 'Go', 'PostgreSQL', 'Kafka', 'Java'])).toEqual(['Python', 'Go', 'PostgreSQL', 'Kafka']);
    expect(parseFields(docs['chinese.pdf']).sections).toEqual(['skills', 'experience', 'education']);
    expect(parseFields(docs['spanish.pdf']).sections).toEqual(['skills', 'experience', 'education']);
  });

  it('a kerned LaTeX logo drawn letter by letter at three baselines', () => {
    expect(docs['latex-logo.pdf'].pages[0].lines.map((l) => l.text)).toContain('LATEX for papers, Git and Make for everything else.');
    expect(matched('latex-logo.pdf', ['LaTeX', 'Git', 'Make'])).toEqual(['LaTeX', 'Git', 'Make']);
  });
});
