// CSV as spreadsheets read it (RFC 4180, CRLF, UTF-8 BOM), with a guard against formula injection.

// A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
// Digits, spaces and + - ( ) . / alone cannot call a function, reference a cell or start DDE, so such a cell (a phone
// number like +1 (415) 555-0100, a "-5") harms nothing and keeps its exact text, with no apostrophe other tools show.
const ARITHMETIC_ONLY = /^[+-][\d\s+\-()./]*$/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text) && !ARITHMETIC_ONLY.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The whole document: a byte-order mark so Excel reads UTF-8, then one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `\uFEFF${csvLine(header)}${rows.map(csvLine).join('')}`;
}
