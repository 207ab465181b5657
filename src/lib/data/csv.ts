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

/**
 * The largest data file the pipeline reads: 5 MiB, about sixty times the largest file today. A bigger file
 * is refused before it is read, so a runaway export cannot exhaust the build's memory.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** At most this many problems are printed for one file; the rest are counted ("…and 12 more"). */
export const MAX_PROBLEMS_PER_FILE = 50;

/** The longest message printed; a longer one (a huge cell echoed back) is cut with an ellipsis. */
const MAX_MESSAGE = 400;

/**
 * `file:line: message`. Control characters in the message (echoed from a bad cell) are printed as `\u{1b}`
 * escapes, so that a data file cannot drive the terminal, and a very long message is cut.
 */
export const formatProblem = (p: Problem): string => {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  let m = p.message.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
  if (m.length > MAX_MESSAGE) m = `${m.slice(0, MAX_MESSAGE - 1)}…`;
  return `${p.file}${p.line > 0 ? `:${p.line}` : ""}: ${m}`;
};

/** Sorts problems by file, then line, so that every run prints them in the same order. */
export const sortProblems = (ps: readonly Problem[]): Problem[] =>
  ps.slice().sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));

/**
 * The lines to print for a list of problems: sorted, at most `max` per file, then one line that counts the
 * rest of that file's problems.
 */
export function formatProblems(ps: readonly Problem[], max = MAX_PROBLEMS_PER_FILE): string[] {
  const out: string[] = [];
  const sorted = sortProblems(ps);
  let i = 0;
  while (i < sorted.length) {
    const file = sorted[i]!.file;
    let n = 0;
    for (; i < sorted.length && sorted[i]!.file === file; i++, n++) {
      if (n < max) out.push(formatProblem(sorted[i]!));
    }
    if (n > max) out.push(`${file}: …and ${n - max} more problem${n - max === 1 ? "" : "s"} in this file`);
  }
  return out;
}

/** Appends without spreading: `a.push(...b)` overflows the call stack when `b` holds ~100,000 items. */
export function append<T>(into: T[], items: readonly T[]): T[] {
  for (const x of items) into.push(x);
  return into;
}

/** A file larger than MAX_FILE_BYTES, as a problem; undefined when the size is fine. */
export function sizeProblem(bytes: number, file: string, max = MAX_FILE_BYTES): Problem | undefined {
  if (bytes <= max) return undefined;
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return {
    file,
    line: 0,
    message: `the file is ${mib(bytes)} (${bytes} bytes); the limit is ${mib(max)}: split it or trim it`,
  };
}

/**
 * Byte offsets at which `bytes` stops being well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no
 * surrogates, nothing above U+10FFFF). One offset per ill-formed sequence.
 */
export function invalidUtf8Offsets(bytes: Uint8Array): number[] {
  const bad: number[] = [];
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i]! >= lo && bytes[i]! <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n = 0;
    if (b <= 0x7f) n = 1;
    else if (b >= 0xc2 && b <= 0xdf) n = cont(i + 1) ? 2 : 0;
    else if (b === 0xe0) n = cont(i + 1, 0xa0) && cont(i + 2) ? 3 : 0;
    else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) n = cont(i + 1) && cont(i + 2) ? 3 : 0;
    else if (b === 0xed) n = cont(i + 1, 0x80, 0x9f) && cont(i + 2) ? 3 : 0;
    else if (b === 0xf0) n = cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b >= 0xf1 && b <= 0xf3) n = cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b === 0xf4) n = cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (n === 0) {
      bad.push(i);
      i += 1;
    } else i += n;
  }
  return bad;
}

/**
 * Decodes a file's bytes as UTF-8, strictly: a byte sequence that is not UTF-8 (a file saved as Latin-1 or
 * Windows-1252, say) is a problem on its line, never a silent U+FFFD. A byte-order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string | null; problems: Problem[] } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), problems: [] };
  } catch {
    const problems: Problem[] = [];
    let line = 1;
    let lineStart = 0;
    let lastLine = 0;
    let scanned = 0;
    for (const at of invalidUtf8Offsets(bytes)) {
      for (; scanned < at; scanned++) {
        if (bytes[scanned] === 0x0a) {
          line++;
          lineStart = scanned + 1;
        }
      }
      if (line === lastLine) continue; // one problem per line
      lastLine = line;
      const hex = bytes[at]!.toString(16).toUpperCase().padStart(2, "0");
      problems.push({
        file,
        line,
        message: `is not valid UTF-8 (byte 0x${hex} at byte ${at - lineStart + 1} of the line): save the file as UTF-8`,
      });
    }
    if (!problems.length) problems.push({ file, line: 1, message: "is not valid UTF-8: save the file as UTF-8" });
    return { text: null, problems };
  }
}

const NAMES: Record<number, string> = {
  0x00: "NUL",
  0x09: "a tab",
  0x0a: "a line break",
  0x0d: "a carriage return",
  0x1b: "ESC",
  0x7f: "DEL",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
};

/**
 * Characters no text cell may hold: C0 controls (tab and line breaks included: a cell is one line), DEL, C1
 * controls, and the bidirectional embeddings, overrides and isolates, which can make a name read differently
 * from what it is. The zero-width joiner and non-joiner (U+200C, U+200D), which Devanagari and Bengali need,
 * are allowed.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Why a cell's text is refused (its first forbidden character), or undefined when it is fine. */
export function textProblem(cell: string): string | undefined {
  const m = FORBIDDEN.exec(cell);
  if (!m) return undefined;
  const code = m[0].codePointAt(0)!;
  const u = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = NAMES[code];
  const kind = code >= 0x202a ? "a bidirectional control character" : "a control character";
  return `contains ${name ? `${name} (${u})` : u}, ${kind}, at character ${m.index + 1}: remove it`;
}

/**
 * Parses CSV text (UTF-8, optional BOM, LF or CRLF) into a header and rows that remember their line.
 * Structural problems (unterminated quotes, wrong column counts, an empty file) are returned, never thrown.
 */
export function parseCsv(text: string, file: string): { table: CsvTable | null; problems: Problem[] } {
  const problems: Problem[] = [];
  // CRLF is read as LF everywhere (also inside quoted cells); a lone CR stays and is refused as a control.
  const src = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, "\n");
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
    newline: "\n",
    skipEmptyLines: false,
    step: (result) => {
      // Skip leading newlines so that a row's line is where its first cell is.
      let s = start;
      while (src[s] === "\n") s++;
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

/**
 * Spreadsheet formulas: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a
 * formula by Excel, LibreOffice and Google Sheets when the file is opened (OWASP, "CSV Injection").
 */
const FORMULA = /^[=+\-@\t\r]/;
/** A cell already neutralised: one or more apostrophes, then a formula character. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;
/** A plain number, which stays a number: `-12`, `-0.5`, `-1e-7`. */
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Makes a cell safe to open in a spreadsheet, following OWASP's advice: text that would start a formula gets
 * a leading apostrophe (and is quoted in the file), so the spreadsheet shows it as text. Numbers, negative
 * ones included, are left alone. Reversible: text that already starts with apostrophes and a formula
 * character gets one more, so `restoreCell` gives back exactly what went in.
 */
export const neutraliseCell = (v: string): string =>
  (FORMULA.test(v) && !NUMBER.test(v)) || NEUTRALISED.test(v) ? `'${v}` : v;

/** The inverse of neutraliseCell, for reading the site's own CSV files back. */
export const restoreCell = (v: string): string => (NEUTRALISED.test(v) ? v.slice(1) : v);

/**
 * Writes rows as CSV with LF line endings, quoting only where needed: the same input gives the same bytes.
 * Every CSV the site publishes is written here, so every cell is neutralised against formula injection.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const text = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => neutraliseCell(r[c] ?? ""))) },
    { newline: "\n", quotes: (v: unknown) => typeof v === "string" && NEUTRALISED.test(v) },
  );
  // Papa ends a header with no rows with a newline of its own; every file ends with exactly one.
  return text.endsWith("\n") ? text : `${text}\n`;
}

/**
 * A chart's rows (its table) as a downloadable CSV: the columns in the order they first appear, numbers
 * written as numbers, every cell neutralised.
 */
export function rowsToCsv(rows: readonly Record<string, string | number | null | undefined>[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const c of Object.keys(r)) {
      if (!seen.has(c)) {
        seen.add(c);
        columns.push(c);
      }
    }
  }
  const cells = rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] == null ? "" : String(r[c])])));
  return toCsv(columns, cells);
}
