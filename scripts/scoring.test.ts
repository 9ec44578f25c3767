// End to end through real pdf.js on generated resume PDFs: layout, normalisation, fields, matches, evidence, errors.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes, makeResumePdf } from './make-fixtures.ts';
import {
  compileSkills,
  extractText,
  parseFields,
  scoreResume,
  scoreText,
  ScoringError,
  type ExtractedDoc,
  type PdfjsLike,
  type Skill,
} from '../supabase/functions/_shared/scoring/index.ts';

const NOW = new Date('2025-06-15T12:00:00Z');
const lib: PdfjsLike = pdfjs;
let pdf: Record<string, Uint8Array>;
const docs = new Map<string, ExtractedDoc>();

beforeAll(async () => {
  pdf = await fixtureBytes();
}, 120_000);

async function doc(name: string): Promise<ExtractedDoc> {
  if (!docs.has(name)) docs.set(name, await extractText(pdf[name], lib));
  return docs.get(name)!;
}
const skill = (name: string, weight = 3, required = false, aliases: string[] = []): Skill => ({ name, weight, required, aliases });
const lineTexts = (d: ExtractedDoc, page = 1) => d.pages[page - 1].lines.map((l) => l.text);
async function matchedSkills(name: string, skills: Skill[]) {
  const { details } = scoreText(await doc(name), skills);
  return details.matched.map((m) => m.skill);
}
async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScoringError);
  return (error as ScoringError).code;
}

describe('one-column resume', () => {
  const job = [skill('Python', 5, true), skill('Go', 3), skill('Kubernetes', 2, false, ['k8s']), skill('Java', 2)];

  it('parses contact fields, links, sections and years of experience', async () => {
    expect(parseFields(await doc('one-column.pdf'), { now: NOW })).toEqual({
      name: 'Jane Doe',
      email: 'jane.doe@example.com',
      phone: '+1 (555) 010-4477',
      links: { linkedin: 'https://linkedin.com/in/janedoe', github: 'https://github.com/janedoe', portfolio: 'https://janedoe.dev' },
      sections: ['summary', 'experience', 'education', 'projects', 'skills'],
      // Jan 2021–now 53 + Mar 2017–Dec 2020 45 + 2015–2017 24 months; the 2011–2015 degree is not work.
      yearsExperience: 10.2,
      pages: 2,
    });
  });

  it('scores the weighted share found and keeps evidence with page numbers', async () => {
    const { score, details } = scoreText(await doc('one-column.pdf'), job);
    expect(score).toBe(Math.round((100 * 10) / 12));
    expect(details.capped).toBe(false);
    expect(details.missing).toEqual([{ skill: 'Java', weight: 2, required: false }]);
    const bySkill = Object.fromEntries(details.matched.map((m) => [m.skill, m]));
    expect(bySkill.Kubernetes.evidence.map((e) => e.page)).toEqual([2, 2]);
    expect(bySkill.Python.evidence.map((e) => e.page)).toEqual([1, 1, 2]);
    expect(bySkill.Go.evidence[0]).toEqual({ page: 2, snippet: expect.stringContaining('written in Go with a Redis backend') });
    for (const m of details.matched) {
      expect(m.evidence.length).toBeLessThanOrEqual(3);
      for (const e of m.evidence) {
        expect(e.snippet).toContain(m.skill);
        expect(e.snippet.length).toBeLessThanOrEqual(90);
      }
    }
  });

  it('caps the score at 40 while a required skill is missing', async () => {
    const { score, details } = scoreText(await doc('one-column.pdf'), [...job.slice(0, 3), skill('Rust', 1, true)]);
    expect(details.missing).toEqual([{ skill: 'Rust', weight: 1, required: true }]);
    expect(details.capped).toBe(true);
    expect(score).toBe(40); // 10 of 11 would be 91
  });
});

describe('layouts', () => {
  it('reads a two-column resume column by column', async () => {
    const d = await doc('two-column.pdf');
    const lines = lineTexts(d);
    expect(lines.indexOf('Figma')).toBeLessThan(lines.indexOf('EXPERIENCE'));
    expect(lines).toContain('Shipped the customer app to two million users in React');
    const { details } = scoreText(d, [skill('React Native'), skill('React'), skill('Go')]);
    expect(details.matched.map((m) => m.skill)).toEqual(['React Native', 'Go']);
    expect(details.matched[0].evidence[0].snippet).toContain('React Native with a shared design system');
    expect(parseFields(d, { now: NOW })).toMatchObject({
      name: 'Alex Kim',
      phone: '+44 20 7946 0958',
      links: { github: 'https://github.com/alexkim', portfolio: 'https://alexkim.design' },
      sections: ['skills', 'languages', 'experience', 'education'],
      yearsExperience: 9.4,
    });
  });

  it('reads a skills table row by row', async () => {
    const d = await doc('skills-table.pdf');
    expect(lineTexts(d)).toEqual(expect.arrayContaining(['Python | 6 years | Expert', 'Go | 4 years | Advanced']));
    const { details } = scoreText(d, [skill('Go'), skill('Terraform')]);
    expect(details.matched[0].evidence[0].snippet).toContain('Go | 4 years | Advanced');
    expect(details.matched.map((m) => m.skill)).toEqual(['Go', 'Terraform']);
  });

  it('extracts every page of a 20-page resume, and stops at maxPages', async () => {
    const d = await doc('twenty-pages.pdf');
    expect(d.pageCount).toBe(20);
    const { details } = scoreText(d, [skill('Elasticsearch')]);
    expect(details.matched[0].evidence).toEqual([{ page: 17, snippet: expect.stringContaining('Elasticsearch 8') }]);
    const short = await extractText(pdf['twenty-pages.pdf'], lib, { maxPages: 5 });
    expect([short.pages.length, short.pageCount]).toEqual([5, 20]);
    expect(scoreText(short, [skill('Elasticsearch')]).details.missing).toHaveLength(1);
  });
});

describe('onOpen', () => {
  it('is called once, with the page count, before any page is read; never for a locked file', async () => {
    const events: string[] = [];
    await extractText(pdf['twenty-pages.pdf'], lib, { maxPages: 2, onOpen: (pages) => events.push(`opened ${pages}`) });
    events.push('read');
    expect(events).toEqual(['opened 20', 'read']);
    const locked: number[] = [];
    expect(await codeOf(extractText(pdf['encrypted.pdf'], lib, { onOpen: (n) => locked.push(n) }))).toBe('encrypted');
    expect(locked).toEqual([]);
  });
});

describe('text clean-up on real PDFs', () => {
  it('normalises ligature glyphs', async () => {
    const d = await doc('ligatures.pdf');
    // The PDF really encodes ligature glyphs: pdf.js hands them over as U+FB01 / U+FB02 / U+FB03.
    expect(lineTexts(d).join('\n')).toMatch(/\uFB01.*\uFB02/su);
    expect(
      await matchedSkills('ligatures.pdf', [
        skill('Flutter'),
        skill('Figma'),
        skill('Microsoft Office'),
        skill('Financial modelling'),
        skill('Workflows'),
      ]),
    ).toHaveLength(5);
    expect(parseFields(d).email).toBe('sofia.fischer@example.com');
  });

  it('mends words hyphenated across line ends', async () => {
    expect(lineTexts(await doc('hyphenated.pdf'))).toContain('Site reliability engineer for the payments platform: operated Kuber-');
    expect(await matchedSkills('hyphenated.pdf', [skill('Kubernetes'), skill('PostgreSQL')])).toEqual(['Kubernetes', 'PostgreSQL']);
  });

  it('recognises ALL-CAPS and letter-spaced headings', async () => {
    expect(parseFields(await doc('all-caps.pdf'), { now: NOW })).toMatchObject({
      name: 'JOHN SMITH',
      phone: '(555) 123-9876',
      sections: ['experience', 'education', 'skills', 'projects'],
      yearsExperience: 6.8, // Sept 2018 – now; the MSc dates are education
    });
  });
});

describe('tricky tech names in real resumes', () => {
  const job = ['C++', 'C#', '.NET', 'Node.js', 'Go', 'R', 'React', 'React Native', 'Java'].map((n) => skill(n));

  it('finds each language written the way people write it', async () => {
    expect(await matchedSkills('tricky-names.pdf', job)).toEqual(['C++', 'C#', '.NET', 'Node.js', 'Go', 'R', 'React', 'React Native']);
  });

  it('does not read Java into a JavaScript-only resume', async () => {
    expect(await matchedSkills('javascript-only.pdf', [skill('Java'), skill('JavaScript'), skill('Node.js')])).toEqual(['JavaScript', 'Node.js']);
  });

  it('does not read the verb "go" as Go', async () => {
    expect(await matchedSkills('go-verb.pdf', [skill('Go', 3, false, ['Golang']), skill('Python')])).toEqual(['Python']);
  });

  it('does not read R&D or an initial as R', async () => {
    expect(await matchedSkills('r-and-d.pdf', [skill('R'), skill('SQL')])).toEqual(['SQL']);
  });

  it('keeps React and React Native apart', async () => {
    expect(await matchedSkills('react-native-only.pdf', [skill('React'), skill('React Native')])).toEqual(['React Native']);
  });
});

describe('files that cannot be scored', () => {
  const skills = [skill('Python')];

  it('an image-only scan is no_text', async () => {
    expect(await codeOf(scoreResume(pdf['scan.pdf'], skills, lib))).toBe('no_text');
  });

  it('a password-protected PDF is encrypted, and the fixture is a real encrypted PDF', async () => {
    expect(await codeOf(scoreResume(pdf['encrypted.pdf'], skills, lib))).toBe('encrypted');
    const task = pdfjs.getDocument({ data: new Uint8Array(pdf['encrypted.pdf']), password: 'open-sesame', isEvalSupported: false });
    const page = await (await task.promise).getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    await task.destroy();
    expect(text).toContain('Confidential resume: Python, Go, PostgreSQL');
  });

  it('a truncated PDF is unreadable, without crashing', async () => {
    expect(await codeOf(scoreResume(pdf['truncated.pdf'], skills, lib))).toBe('unreadable');
  });

  it('a PDF that pdf.js cannot parse is unreadable', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Nothing >> endobj\nno xref, no pages\n%%EOF\n');
    expect(await codeOf(scoreResume(junk, skills, lib))).toBe('unreadable');
  });

  it('a PNG renamed .pdf is not_pdf; a header after a BOM and whitespace is fine, after 1 KB it is not', async () => {
    expect(await codeOf(scoreResume(pdf['png-renamed.pdf'], skills, lib))).toBe('not_pdf');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x20, ...pdf['javascript-only.pdf']]);
    expect((await scoreResume(bom, [skill('JavaScript')], lib)).score).toBe(100);
    const late = new Uint8Array([...new Uint8Array(1100).fill(0x20), ...pdf['javascript-only.pdf']]);
    expect(await codeOf(scoreResume(late, skills, lib))).toBe('not_pdf');
  });

  it('a file over maxBytes is too_large (default 5 MiB)', async () => {
    expect(await codeOf(scoreResume(pdf['one-column.pdf'], skills, lib, { maxBytes: 10_000 }))).toBe('too_large');
    const big = await makeResumePdf({
      name: 'Big File',
      email: 'big@example.test',
      phone: '+1 555 0100',
      skillsText: 'Python',
      pages: 2,
      bytesTarget: 5 * 1024 * 1024 + 10,
    });
    expect(await codeOf(scoreResume(big, skills, lib))).toBe('too_large');
  }, 60_000); // building 5 MiB of PDF is CPU work: on a busy machine it outlasts the 5 s default

  it('a slow read is timeout', async () => {
    expect(await codeOf(scoreResume(pdf['twenty-pages.pdf'], skills, lib, { timeoutMs: 1 }))).toBe('timeout');
  });
});

describe('makeResumePdf', () => {
  it('pads to the requested size and stays a valid, scorable resume', async () => {
    const bytes = await makeResumePdf({
      name: 'Padded Person',
      email: 'padded@example.test',
      phone: '+1 555 0199',
      skillsText: 'TypeScript, PostgreSQL',
      pages: 3,
      bytesTarget: 1024 * 1024,
    });
    expect(Math.abs(bytes.length - 1024 * 1024)).toBeLessThan(1024);
    const result = await scoreResume(bytes, [skill('TypeScript', 5, true), skill('PostgreSQL')], lib);
    expect(result.score).toBe(100);
    expect(result.parsed).toMatchObject({ name: 'Padded Person', email: 'padded@example.test', phone: '+1 555 0199', pages: 3 });
  }, 60_000); // padding and scoring 1 MiB is CPU work, like the 5 MiB case above
});

describe('throughput', () => {
  it('scores at least 20 two-page resumes per CPU-second', async () => {
    const resumes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        makeResumePdf({
          name: `Candidate Number${i}`,
          email: `c${i}@example.test`,
          phone: `+1 555 01${10 + i}`,
          skillsText: 'TypeScript, PostgreSQL, Node.js, Go',
          pages: 2,
        }),
      ),
    );
    const job = compileSkills([
      skill('TypeScript', 5, true),
      skill('Go', 3, false, ['Golang']),
      skill('PostgreSQL', 3, false, ['Postgres']),
      skill('Kubernetes', 2, false, ['k8s']),
    ]);
    await scoreResume(resumes[0], job, lib); // warm-up
    // CPU time, not wall time, so a busy machine does not fail the test; pdf.js runs on this thread in Node.
    const before = process.cpuUsage();
    for (let round = 0; round < 5; round++) for (const bytes of resumes) await scoreResume(bytes, job, lib);
    const cpu = process.cpuUsage(before);
    const perSecond = 50 / ((cpu.user + cpu.system) / 1e6);
    expect(perSecond).toBeGreaterThanOrEqual(20);
  }, 120_000);
});
