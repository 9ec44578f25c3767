// The candidate's name: the most prominent name-shaped cell near the top of page one, wherever the layout puts it
// (a sidebar read after the main column, beside a photo, split over two lines), without titles or degree suffixes.
import { CELL_SEPARATOR } from './layout.ts';
import { normalizeLine } from './normalize.ts';
import { headingKey } from './sections.ts';
import type { ExtractedDoc, ExtractedPage } from './types.ts';

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const PARTICLE = '(?:van|von|de|der|den|da|del|della|di|du|la|le|bin|al|y|dos|das)';
const NAME_RE = new RegExp(`^${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,3}$`, 'u');
// Scripts without letter case (Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari, Thai): up to four short words.
const CASELESS =
  '[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Devanagari}\\p{Script=Thai}\\p{M}・·ー]';
const CASELESS_NAME_RE = new RegExp(`^${CASELESS}{1,12}(?:\\s${CASELESS}{1,12}){0,3}$`, 'u');
const HAN_ONLY_RE = /^[\p{Script=Han}·・\s]+$/u;
const NOT_NAME_RE =
  /\b(?:resume|résumé|curriculum|vitae|cv|engineer|developer|manager|designer|analyst|scientist|consultant|architect|intern|specialist|lead|director|officer|administrator|contact|references|street|road|avenue|profile|summary|university|college|school)\b/i;
// Headings and labels of Chinese and Japanese resumes: 简历 (resume), 经历 (experience), 技能 (skills), 联系 (contact)…
const NOT_CASELESS_NAME_RE =
  /简历|簡歷|履历|履歷|履歴|简介|经历|經歷|经验|經驗|教育|技能|项目|項目|联系|聯絡|联络|信息|資訊|评价|評價|意向|工作|求职|求職|个人|個人|资料|資料|专业|專業|证书|證書|语言|語言|爱好|愛好|获奖|職務|学歴|職歴|自我|电话|電話|邮箱|郵箱|地址/u;
const LABEL_RE = /^(?:name|full name|nombre|nom|nome|姓名|名前|氏名|이름)\s*[:：]\s*/iu;
const TITLE_RE = /^(?:(?:dr|prof|mr|mrs|ms|mx|ing|dipl\.?-ing|sir|dame)\.?\s+)+/iu;
// Degrees and certifications that are never a surname; the ambiguous short ones (MA, MS, MD…) only after a comma or with dots.
const SUFFIX_RE = new RegExp(
  '(?:\\s*,\\s*|\\s+)(?:' +
    '(?:m|b)\\.?\\s?sc|(?:m|b)\\.?\\s?eng|ph\\.?\\s?d|d\\.?\\s?phil|mba|cpa|cfa|pmp|acca|cima|cissp|ll\\.?m|mph|msw|p\\.\\s?eng|' +
    '(?:m|b)\\.(?:a|s)|m\\.d|j\\.d|r\\.n' +
    ')\\.?$|\\s*,\\s*(?:ma|ba|ms|bs|md|jd|rn|pe|dds|esq)\\.?$',
  'iu',
);
const TOP_LINES = 12;
const TOP_LINES_PER_COLUMN = 8;

type Candidate = { text: string; height: number; x: number; y: number; order: number };

export function findName(doc: ExtractedDoc): string | null {
  const page = doc.pages[0];
  if (!page) return null;
  let best: { name: string; height: number } | null = null;
  const consider = (name: string | null, height: number) => {
    if (name && (!best || height > best.height + 0.5)) best = { name, height };
  };
  const cells = topCells(page);
  for (const cell of cells) {
    consider(asName(cell.text), cell.height);
    // A name set in two lines (first name over surname) beside a photo or in a narrow sidebar.
    const below = cells.find(
      (c) =>
        c.order > cell.order &&
        Math.abs(c.height - cell.height) <= 0.5 &&
        Math.abs(c.x - cell.x) <= 2 &&
        cell.y - c.y > 0 &&
        cell.y - c.y <= 1.6 * cell.height,
    );
    if (below && isOneWord(cell.text) && isOneWord(below.text)) consider(asName(`${cell.text} ${below.text}`), cell.height);
  }
  return (best as { name: string } | null)?.name ?? null;
}

/** Cells of the first lines in reading order, of the first lines of each column, and of every line in the page's top quarter. */
function topCells(page: ExtractedPage): Candidate[] {
  const seenInColumn = new Map<number, number>();
  const cells: Candidate[] = [];
  page.lines.forEach((line, index) => {
    const inColumn = (seenInColumn.get(line.column) ?? 0) + 1;
    seenInColumn.set(line.column, inColumn);
    if (index >= TOP_LINES && inColumn > TOP_LINES_PER_COLUMN && line.y < 0.75 * page.height) return;
    const parts = line.cells ?? line.text.split(CELL_SEPARATOR.trim()).map((text) => ({ text, x: line.x, height: line.height }));
    for (const part of parts) cells.push({ text: normalizeLine(part.text), height: part.height, x: part.x, y: line.y, order: cells.length });
  });
  return cells;
}

function isOneWord(text: string): boolean {
  const clean = text.trim();
  return new RegExp(`^${NAME_WORD}$`, 'u').test(clean) && !NOT_NAME_RE.test(clean) && !headingKey(clean);
}

/** The cell as a name (label, titles and suffixes removed), or null when it is not shaped like one. */
export function asName(cell: string): string | null {
  let text = cell.trim().replace(LABEL_RE, '').replace(TITLE_RE, '').trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(SUFFIX_RE, '').trim();
  }
  if (headingKey(text)) return null;
  if (NAME_RE.test(text)) return NOT_NAME_RE.test(text) ? null : text;
  if (!CASELESS_NAME_RE.test(text) || NOT_CASELESS_NAME_RE.test(text)) return null;
  // A Chinese name is two to four characters, with or without a space between surname and given name.
  return !HAN_ONLY_RE.test(text) || [...text.replace(/[\s·・]/gu, '')].length <= 4 ? text : null;
}
