// Years of experience from date ranges ("2019 – Present", "Jan 2018 - Mar 2021", "03/2017 to 06/2019"),
// overlapping jobs counted once, education dates left out.
import { splitSections, type DocLine } from './sections.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH}\\s+((?:19|20)\\d{2})|(\\d{1,2})[/.]((?:19|20)\\d{2})|((?:19|20)\\d{2}))`;
const OPEN_END = '(present|current|now|today|ongoing|to date|date)';
const RANGE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])${DATE}\\s*(?:-|–|—|to|until|till|through|thru|→)\\s*(?:${DATE}|${OPEN_END})(?![\\p{L}\\p{N}])`,
  'giu',
);

type Interval = { from: number; to: number };

/** A month index (year × 12 + month) from one DATE group of five captures; year-only dates count from January. */
function monthIndex(groups: (string | undefined)[]): number | null {
  const [monthName, yearAfterName, monthNumber, yearAfterNumber, yearOnly] = groups;
  if (monthName && yearAfterName) return Number(yearAfterName) * 12 + MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  if (monthNumber && yearAfterNumber) {
    const m = Number(monthNumber);
    return m >= 1 && m <= 12 ? Number(yearAfterNumber) * 12 + m - 1 : null;
  }
  return yearOnly ? Number(yearOnly) * 12 : null;
}

export function dateRanges(text: string, now: Date): Interval[] {
  const current = now.getFullYear() * 12 + now.getMonth();
  const ranges: Interval[] = [];
  for (const m of text.matchAll(RANGE_RE)) {
    const from = monthIndex(m.slice(1, 6));
    const to = m[11] ? current : monthIndex(m.slice(6, 11));
    if (from === null || to === null || from > current) continue;
    const end = Math.min(to, current);
    if (end >= from && end - from <= 50 * 12) ranges.push({ from, to: end });
  }
  return ranges;
}

function mergedMonths(ranges: Interval[]): number {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  let total = 0;
  let open: Interval | null = null;
  for (const r of sorted) {
    if (open && r.from <= open.to) open.to = Math.max(open.to, r.to);
    else {
      if (open) total += open.to - open.from;
      open = { ...r };
    }
  }
  return open ? total + open.to - open.from : total;
}

/** Years rounded to one decimal; null when the resume has no date ranges to go on. */
export function estimateYears(lines: DocLine[], now: Date = new Date()): number | null {
  const sections = splitSections(lines);
  const experience = sections.filter((s) => s.key === 'experience').flatMap((s) => s.lines);
  // Without an experience heading, every dated line counts except the education section's.
  const education = new Set(sections.filter((s) => s.key === 'education').flatMap((s) => s.lines));
  const source = experience.length ? experience : lines.filter((l) => !education.has(l));
  const ranges = source.flatMap((l) => dateRanges(l.text, now));
  if (!ranges.length) return null;
  return Math.round(mergedMonths(ranges) / 1.2) / 10;
}
