// An RFC 4180 CSV reader that keeps going past a bad record: quoted fields with embedded commas,
// newlines and doubled quotes, CRLF or LF line ends, a leading UTF-8 BOM. Every record carries the
// physical line it starts on, so a bad row can be reported the way a person finds it in an editor.

export type CsvRecord = { line: number; fields: string[] };
export type CsvProblem = { line: number; reason: string };
export type CsvParse = { records: CsvRecord[]; problems: CsvProblem[] };

/** Splits `text` into records; malformed records become problems and the reader resumes on the next line. */
export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let i = 0;
  let line = 1;

  while (i < s.length) {
    const start = line;
    const fields: string[] = [];
    let problem: string | undefined;
    // One record: fields until an unquoted line end or the end of the text.
    for (;;) {
      let field = '';
      if (s[i] === '"') {
        i++;
        let closed = false;
        while (i < s.length) {
          const c = s[i];
          if (c === '"') {
            if (s[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        if (!closed) {
          problem = 'a quoted field is never closed (missing ")';
          break;
        }
        if (i < s.length && s[i] !== ',' && s[i] !== '\n' && !(s[i] === '\r' && s[i + 1] === '\n')) {
          problem = 'unexpected text after a closing quote (quotes inside a field must be doubled: "")';
          break;
        }
      } else {
        while (i < s.length && s[i] !== ',' && s[i] !== '\n' && !(s[i] === '\r' && s[i + 1] === '\n')) {
          if (s[i] === '"') problem ??= 'a quote inside an unquoted field (quote the whole field and double the quote)';
          field += s[i];
          i++;
        }
      }
      fields.push(field);
      if (i < s.length && s[i] === ',') {
        i++;
        continue;
      }
      break;
    }

    if (problem) {
      // Resume at the start of the next physical line.
      while (i < s.length && s[i] !== '\n') i++;
    }
    if (i < s.length && s[i] === '\r') i++;
    if (i < s.length && s[i] === '\n') {
      i++;
      line++;
    }
    if (problem) problems.push({ line: start, reason: problem });
    else if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return { records, problems };
}
