// Reading order for one page: items → rows by baseline → segments split at wide gaps → blocks that share a
// vertical gutter, read column by column (two-column resumes) or row by row (tables).
import type { TextItem, TextLine } from './types.ts';

type Segment = { x0: number; x1: number; text: string; items: TextItem[] };
type Row = { y: number; height: number; segments: Segment[] };
type Gap = { start: number; end: number };

/** Cells of one row that stay on one line are joined with this, so matching treats the cell edge as a boundary. */
export const CELL_SEPARATOR = ' | ';
const MIN_BLOCK_ROWS = 3;

export function layoutPage(items: TextItem[]): TextLine[] {
  const rows = toRows(items);
  if (!rows.length) return [];
  const left = Math.min(...rows.map((r) => r.segments[0].x0));
  const right = Math.max(...rows.map((r) => r.segments[r.segments.length - 1].x1));
  const minGap = median(rows.map((r) => r.height));
  const interior = (g: Gap) => g.start > left + 0.5 && g.end < right - 0.5 && g.end - g.start >= minGap;

  const lines: TextLine[] = [];
  for (let i = 0; i < rows.length;) {
    let gaps = freeSpace(rows[i], left, right).filter(interior);
    let j = i + 1;
    while (gaps.length && j < rows.length) {
      const next = intersect(gaps, freeSpace(rows[j], left, right)).filter(interior);
      if (!next.length) break;
      gaps = next;
      j++;
    }
    const block = rows.slice(i, j);
    if (block.length >= MIN_BLOCK_ROWS && gaps.length) {
      lines.push(...readBlock(block, gaps, right - left));
      i = j;
    } else {
      lines.push(toLine(rows[i], rows[i].segments, 0));
      i++;
    }
  }
  return lines;
}

function toRows(items: TextItem[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextItem[][] = [];
  let anchor: TextItem | undefined;
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    // Same baseline as the row's tallest glyph within half a glyph height: one visual row, even across two columns,
    // and a logo's raised or lowered letters (LaTeX) stay in their word.
    if (group && anchor && Math.abs(anchor.y - item.y) <= 0.5 * Math.min(anchor.height, item.height)) {
      group.push(item);
      if (item.height > anchor.height) anchor = item;
    } else {
      groups.push([item]);
      anchor = item;
    }
  }
  return groups.map((group) => {
    const height = median(group.map((i) => i.height));
    return {
      y: group[0].y,
      height,
      segments: toSegments(
        group.sort((a, b) => a.x - b.x),
        height,
      ),
    };
  });
}

function toSegments(items: TextItem[], fontSize: number): Segment[] {
  const segments: Segment[] = [];
  const spaced = letterSpacedBreaks(items, fontSize);
  items.forEach((item, i) => {
    const seg = segments[segments.length - 1];
    const gap = seg ? item.x - seg.x1 : Infinity;
    if (gap > 1.2 * fontSize) {
      segments.push({ x0: item.x, x1: item.x + item.width, text: rejoinSpacedLetters(item.str), items: [item] });
      return;
    }
    // A visible gap without a space character between two items is a word break (inside a letter-spaced run, a wider one).
    const breaks = spaced.has(i) ? spaced.get(i) : gap > 0.12 * fontSize;
    const space = breaks && !/\s$/.test(seg.text) && !/^\s/.test(item.str) ? ' ' : '';
    seg.text += space + rejoinSpacedLetters(item.str);
    seg.x1 = Math.max(seg.x1, item.x + item.width);
    seg.items.push(item);
  });
  for (const seg of segments) seg.text = seg.text.trim();
  return segments;
}

/**
 * Letter-spaced text drawn glyph by glyph ("J O H N  S M I T H"): in runs of three or more one-glyph items, the
 * narrowest gap is the tracking and only a gap clearly wider than it is a word break. Index → break before it.
 */
function letterSpacedBreaks(items: TextItem[], fontSize: number): Map<number, boolean> {
  const breaks = new Map<number, boolean>();
  const single = (i: number) => [...items[i].str.trim()].length === 1;
  for (let i = 0; i < items.length;) {
    let j = i;
    while (j + 1 < items.length && single(j) && single(j + 1) && items[j + 1].x - (items[j].x + items[j].width) <= 1.2 * fontSize) j++;
    if (j - i >= 2) {
      const gaps = items.slice(i + 1, j + 1).map((item, k) => item.x - (items[i + k].x + items[i + k].width));
      const tracking = Math.min(...gaps);
      // Kerned logos (LaTeX) overlap their glyphs: a negative tracking is no tracking.
      gaps.forEach((gap, k) => breaks.set(i + 1 + k, gap > Math.max(tracking, 0) + 0.15 * fontSize));
    }
    i = j + 1;
  }
  return breaks;
}

/** One item whose string is letter-spaced with spaces ("J O H N   S M I T H"): single spaces go, wider ones are word breaks. */
export function rejoinSpacedLetters(text: string): string {
  return text.replace(/(?<![^\s])\S(?: {1,}\S){3,}(?![^\s])/gu, (run) => {
    const tokens = run.split(/( +)/);
    if (tokens.some((t, k) => k % 2 === 0 && [...t].length !== 1)) return run;
    const widths = tokens.filter((_, k) => k % 2 === 1).map((t) => t.length);
    const tracking = Math.min(...widths);
    if (!widths.some((w) => w > tracking) && tracking > 1) return run;
    return tokens.map((t, k) => (k % 2 === 0 ? t : t.length > tracking ? ' ' : '')).join('');
  });
}

function freeSpace(row: Row, left: number, right: number): Gap[] {
  const gaps: Gap[] = [];
  let at = left;
  for (const seg of row.segments) {
    if (seg.x0 > at) gaps.push({ start: at, end: seg.x0 });
    at = Math.max(at, seg.x1);
  }
  if (at < right) gaps.push({ start: at, end: right });
  return gaps;
}

function intersect(a: Gap[], b: Gap[]): Gap[] {
  const out: Gap[] = [];
  for (const g of a) {
    for (const h of b) {
      const start = Math.max(g.start, h.start);
      const end = Math.min(g.end, h.end);
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}

/** Columns when the sides hold running text (long or unaligned lines); a table when short cells line up row by row. */
function readBlock(block: Row[], gaps: Gap[], textWidth: number): TextLine[] {
  const columnOf = (seg: Segment) => gaps.filter((g) => g.start < (seg.x0 + seg.x1) / 2).length;
  const cells = block.map((row) => {
    const byColumn: Segment[][] = gaps.map(() => []).concat([[]]);
    for (const seg of row.segments) byColumn[columnOf(seg)].push(seg);
    return byColumn;
  });
  const columnCount = gaps.length + 1;
  const aligned = cells.filter((row) => row.filter((c) => c.length).length >= 2).length / block.length;
  const widths = Array.from({ length: columnCount }, (_, c) => spanOf(cells.flatMap((row) => row[c])));
  const cellLengths = Array.from({ length: columnCount }, (_, c) =>
    median(cells.flatMap((row) => (row[c].length ? [row[c].reduce((n, s) => n + s.text.length, 0)] : []))),
  );
  const wide = widths.every((w) => w >= 0.2 * textWidth);
  const asColumns = columnCount === 2 && wide && (aligned < 0.6 || Math.max(...cellLengths) > 30);

  if (!asColumns) return block.map((row) => toLine(row, row.segments, 0));
  const lines: TextLine[] = [];
  for (let c = 0; c < columnCount; c++) {
    block.forEach((row, r) => {
      if (cells[r][c].length) lines.push(toLine(row, cells[r][c], c + 1));
    });
  }
  return lines;
}

function toLine(row: Row, segments: Segment[], column: number): TextLine {
  return {
    text: segments.map((s) => s.text).join(CELL_SEPARATOR),
    x: segments[0].x0,
    y: row.y,
    height: row.height,
    column,
    items: segments.flatMap((s) => s.items),
    cells: segments.map((s) => ({ text: s.text, x: s.x0, height: Math.max(...s.items.map((i) => i.height)) })),
  };
}

function spanOf(segments: Segment[]): number {
  if (!segments.length) return 0;
  return Math.max(...segments.map((s) => s.x1)) - Math.min(...segments.map((s) => s.x0));
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
