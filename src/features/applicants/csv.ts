// CSV as spreadsheets read it (RFC 4180, CRLF, UTF-8 BOM), with a guard against formula injection.

// A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The whole document: a byte-order mark so Excel reads UTF-8, then one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `\uFEFF${csvLine(header)}${rows.map(csvLine).join('')}`;
}
