import Papa from "papaparse";

/** One problem found in an input file, printed as `file:line: message`. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

export interface CsvRow {
  /** 1-based line on which the row starts in the file. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
}

export const formatProblem = (p: Problem): string => `${p.file}${p.line > 0 ? `:${p.line}` : ""}: ${p.message}`;

/** Sorts problems by file, then line, so that every run prints them in the same order. */
export const sortProblems = (ps: Problem[]): Problem[] =>
  [...ps].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));

/**
 * Parses CSV text (UTF-8, optional BOM, LF or CRLF) into a header and rows that remember their line.
 * Structural problems (unterminated quotes, wrong column counts, an empty file) are returned, never thrown.
 */
export function parseCsv(text: string, file: string): { table: CsvTable | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (src.trim() === "") {
    return { table: null, problems: [{ file, line: 1, message: "the file is empty: a header row is required" }] };
  }
  // Line number of a character offset: count the newlines before it.
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === "\n") lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const records: CsvRow[] = [];
  let start = 0;
  Papa.parse<string[]>(src, {
    header: false,
    delimiter: ",",
    skipEmptyLines: false,
    step: (result) => {
      // Skip leading newlines so that a row's line is where its first cell is.
      let s = start;
      while (src[s] === "\n" || src[s] === "\r") s++;
      const line = lineOf(s);
      for (const e of result.errors) {
        const what =
          e.code === "MissingQuotes"
            ? "a quoted field is never closed (unterminated quote)"
            : e.code === "InvalidQuotes"
              ? "a quote inside an unquoted field (wrap the field in quotes and double inner quotes)"
              : e.message;
        problems.push({ file, line, message: what });
      }
      const cells = result.data;
      const blank = cells.length === 1 && (cells[0] ?? "").trim() === "";
      if (!blank) records.push({ line, cells });
      start = result.meta.cursor;
    },
  });

  const [head, ...rows] = records;
  if (!head) return { table: null, problems: [{ file, line: 1, message: "no header row" }] };
  const header = head.cells.map((h) => h.trim());
  for (const r of rows) {
    if (r.cells.length !== header.length) {
      problems.push({
        file,
        line: r.line,
        message: `has ${r.cells.length} columns, the header has ${header.length}`,
      });
    }
  }
  return { table: { header, headerLine: head.line, rows }, problems };
}

/** Writes rows as CSV with LF line endings, quoting only where needed: the same input gives the same bytes. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  return (
    Papa.unparse(
      { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? "")) },
      { newline: "\n", quotes: false },
    ) + "\n"
  );
}
