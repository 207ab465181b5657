import { describe, expect, it } from "vitest";
import {
  append,
  decodeUtf8,
  formatProblem,
  formatProblems,
  invalidUtf8Offsets,
  MAX_FILE_BYTES,
  MAX_PROBLEMS_PER_FILE,
  neutraliseCell,
  parseCsv,
  restoreCell,
  rowsToCsv,
  sizeProblem,
  sortProblems,
  textProblem,
  toCsv,
  type Problem,
} from "../../../src/lib/data/csv.ts";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("parseCsv", () => {
  it("reads a header and rows with their line numbers", () => {
    const { table, problems } = parseCsv("a,b\n1,2\n\n3,4\n", "x.csv");
    expect(problems).toEqual([]);
    expect(table?.header).toEqual(["a", "b"]);
    expect(table?.headerLine).toBe(1);
    expect(table?.rows.map((r) => r.line)).toEqual([2, 4]);
  });
  it("finds the header after blank lines, and trims its names", () => {
    const { table } = parseCsv("\n\n a , b \n1,2\n", "x.csv");
    expect(table?.headerLine).toBe(3);
    expect(table?.header).toEqual(["a", "b"]);
    expect(table?.rows[0]).toEqual({ line: 4, cells: ["1", "2"] });
  });
  it("keeps a row whose only cell is not blank", () => {
    const { table } = parseCsv("a\nx\n  \ny\n", "x.csv");
    expect(table?.rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ["x"]],
      [4, ["y"]],
    ]);
  });
  it("counts lines inside quoted fields", () => {
    const { table } = parseCsv('a,b\n"multi\nline",2\n3,4\n', "x.csv");
    expect(table?.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, "multi\nline"],
      [4, "3"],
    ]);
  });
  it("accepts a byte-order mark and CRLF line endings", () => {
    const { table, problems } = parseCsv('\ufeff"a",b\r\n1,2\r\n3,"x\r\ny"\r\n', "x.csv");
    expect(problems).toEqual([]);
    expect(table?.header).toEqual(["a", "b"]);
    expect(table?.rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ["1", "2"]],
      [3, ["3", "x\ny"]],
    ]);
  });
  it("keeps a lone carriage return in a cell (the strict-text check refuses it)", () => {
    expect(parseCsv("a,b\n1,x\ry\n", "x.csv").table?.rows[0]?.cells).toEqual(["1", "x\ry"]);
  });
  it("reports an empty file", () => {
    expect(parseCsv("  \n", "x.csv").problems.map(formatProblem)).toEqual([
      "x.csv:1: the file is empty: a header row is required",
    ]);
    expect(parseCsv("", "x.csv").table).toBeNull();
  });
  it("reports wrong column counts on the row's line", () => {
    const { problems } = parseCsv("a,b\n1\n1,2,3\n", "x.csv");
    expect(problems.map(formatProblem)).toEqual([
      "x.csv:2: has 1 columns, the header has 2",
      "x.csv:3: has 3 columns, the header has 2",
    ]);
  });
  it("reports an unterminated quote", () => {
    const { problems } = parseCsv('a,b\n1,"open\n2,3\n', "x.csv");
    expect(problems).toContainEqual({ file: "x.csv", line: 2, message: "a quoted field is never closed (unterminated quote)" });
  });
  it("reports a quote inside an unquoted field", () => {
    const { problems } = parseCsv('a,b\n1,"x"y\n', "x.csv");
    expect(problems).toContainEqual({
      file: "x.csv",
      line: 2,
      message: "a quote inside an unquoted field (wrap the field in quotes and double inner quotes)",
    });
  });
  it("gives line numbers on long files (binary search over line starts)", () => {
    const text = "a\n" + Array.from({ length: 500 }, (_, i) => `r${i}`).join("\n") + "\n";
    const rows = parseCsv(text, "x.csv").table!.rows;
    expect(rows.map((r) => r.line)).toEqual(Array.from({ length: 500 }, (_, i) => i + 2));
    expect(rows[499]?.cells).toEqual(["r499"]);
  });
});

describe("problems", () => {
  it("are printed as file:line: message, without a line when there is none", () => {
    expect(formatProblem({ file: "a.csv", line: 3, message: "bad" })).toBe("a.csv:3: bad");
    expect(formatProblem({ file: "a.csv", line: 0, message: "bad" })).toBe("a.csv: bad");
    expect(formatProblem({ file: "a.csv", line: 1, message: "bad" })).toBe("a.csv:1: bad");
  });
  it("print control characters echoed from a cell as escapes, never raw", () => {
    expect(formatProblem({ file: "a.csv", line: 2, message: 'name "x\u001b[31my\u202e" is bad' })).toBe(
      'a.csv:2: name "x\\u{1b}[31my\\u{202e}" is bad',
    );
    expect(formatProblem({ file: "a.csv", line: 2, message: "a\u0000b\u0085c\u2069" })).toBe(
      "a.csv:2: a\\u{0}b\\u{85}c\\u{2069}",
    );
  });
  it("cut a very long message", () => {
    const long = formatProblem({ file: "a.csv", line: 2, message: "x".repeat(1000) });
    expect(long).toBe(`a.csv:2: ${"x".repeat(399)}…`);
    const exact = formatProblem({ file: "a.csv", line: 2, message: "y".repeat(400) });
    expect(exact).toBe(`a.csv:2: ${"y".repeat(400)}`);
  });
  it("sort by file, then line, without changing the list given", () => {
    const ps: Problem[] = [
      { file: "b.csv", line: 1, message: "1" },
      { file: "a.csv", line: 9, message: "2" },
      { file: "a.csv", line: 2, message: "3" },
    ];
    expect(sortProblems(ps).map((p) => p.message)).toEqual(["3", "2", "1"]);
    expect(ps.map((p) => p.message)).toEqual(["1", "2", "3"]);
  });
  it("print at most a few per file, then count the rest", () => {
    const ps: Problem[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ file: "a.csv", line: 5 - i, message: `a${5 - i}` })),
      { file: "b.csv", line: 1, message: "b" },
      ...Array.from({ length: 4 }, (_, i) => ({ file: "c.csv", line: i + 1, message: `c${i + 1}` })),
    ];
    expect(formatProblems(ps, 3)).toEqual([
      "a.csv:1: a1",
      "a.csv:2: a2",
      "a.csv:3: a3",
      "a.csv: …and 2 more problems in this file",
      "b.csv:1: b",
      "c.csv:1: c1",
      "c.csv:2: c2",
      "c.csv:3: c3",
      "c.csv: …and 1 more problem in this file",
    ]);
    expect(formatProblems(ps.slice(0, 3), 3)).toHaveLength(3);
    expect(MAX_PROBLEMS_PER_FILE).toBe(50);
    expect(formatProblems(Array.from({ length: 60 }, (_, i) => ({ file: "d.csv", line: i, message: "m" })))).toHaveLength(51);
  });
  it("are appended without spreading, so that a huge list cannot overflow the stack", () => {
    const into = [1];
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(append(into, many)).toBe(into);
    expect(into.length).toBe(300_001);
    expect(into[1]).toBe(0);
    expect(into.at(-1)).toBe(299_999);
  });
});

describe("the size limit", () => {
  it("is 5 MiB", () => expect(MAX_FILE_BYTES).toBe(5 * 1024 * 1024));
  it("passes a file at the limit and refuses one byte more, saying both sizes", () => {
    expect(sizeProblem(MAX_FILE_BYTES, "a.csv")).toBeUndefined();
    expect(sizeProblem(MAX_FILE_BYTES + 1, "a.csv")).toEqual({
      file: "a.csv",
      line: 0,
      message: `the file is 5.0 MiB (${MAX_FILE_BYTES + 1} bytes); the limit is 5.0 MiB: split it or trim it`,
    });
    expect(sizeProblem(3 * 1024 * 1024, "a.csv", 1024 * 1024)?.message).toMatch(/^the file is 3\.0 MiB \(3145728 bytes\); the limit is 1\.0 MiB/);
  });
});

describe("strict UTF-8", () => {
  it("decodes UTF-8 and drops a byte-order mark", () => {
    expect(decodeUtf8(new TextEncoder().encode("\ufeffPetrapole, पेट्रापोल, পেট্রাপোল"), "a.csv")).toEqual({
      text: "Petrapole, पेट्रापोल, পেট্রাপোল",
      problems: [],
    });
  });
  it("refuses Latin-1 with the line and the byte, once per line", () => {
    const latin1 = bytes(...new TextEncoder().encode("id,name\n"), 0x70, 0xe9, 0x74, 0xe9, 0x0a, 0x6f, 0x6b, 0x0a, 0x78, 0xff);
    const { text, problems } = decodeUtf8(latin1, "a.csv");
    expect(text).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      "a.csv:2: is not valid UTF-8 (byte 0xE9 at byte 2 of the line): save the file as UTF-8",
      "a.csv:4: is not valid UTF-8 (byte 0xFF at byte 2 of the line): save the file as UTF-8",
    ]);
  });
  it("pads the byte to two hex digits", () => {
    expect(decodeUtf8(bytes(0x0a, 0x80), "a.csv").problems[0]?.message).toMatch(/byte 0x80 at byte 1 of the line/);
  });
  it.each([
    ["a lone continuation byte", [0x80]],
    ["an overlong two-byte form", [0xc0, 0xaf]],
    ["an overlong three-byte form", [0xe0, 0x80, 0xaf]],
    ["a surrogate", [0xed, 0xa0, 0x80]],
    ["an overlong four-byte form", [0xf0, 0x80, 0x80, 0xaf]],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["a byte that never starts a sequence", [0xf8]],
    ["a truncated two-byte sequence", [0xc3]],
    ["a truncated three-byte sequence", [0xe2, 0x82]],
    ["a truncated four-byte sequence", [0xf0, 0x9f, 0x98]],
    ["a sequence cut by a plain byte", [0xe2, 0x41, 0x82]],
    ["F1 with a bad continuation", [0xf1, 0x80, 0x80, 0x41]],
  ])("finds %s", (_name, seq) => {
    expect(invalidUtf8Offsets(bytes(0x41, ...seq))[0]).toBe(1);
    expect(decodeUtf8(bytes(0x41, ...seq), "a.csv").text).toBeNull();
  });
  it.each([
    ["ASCII", [0x41, 0x7f]],
    ["two bytes (é)", [0xc3, 0xa9]],
    ["the smallest two-byte form", [0xc2, 0x80]],
    ["three bytes (€)", [0xe2, 0x82, 0xac]],
    ["E0 A0 80", [0xe0, 0xa0, 0x80]],
    ["the last BMP code point before the surrogates", [0xed, 0x9f, 0xbf]],
    ["EE and EF", [0xee, 0x80, 0x80, 0xef, 0xbf, 0xbd]],
    ["four bytes (😀)", [0xf0, 0x9f, 0x98, 0x80]],
    ["F1–F3", [0xf1, 0x80, 0x80, 0x80, 0xf3, 0xbf, 0xbf, 0xbf]],
    ["U+10FFFF", [0xf4, 0x8f, 0xbf, 0xbf]],
  ])("accepts %s", (_name, seq) => {
    expect(invalidUtf8Offsets(bytes(...seq))).toEqual([]);
  });
  it("reports each bad byte's offset and resumes after it", () => {
    expect(invalidUtf8Offsets(bytes(0x41, 0xff, 0x42, 0xc3, 0xa9, 0xfe, 0xfe))).toEqual([1, 5, 6]);
  });
});

describe("strict text", () => {
  it("accepts ordinary text, Devanagari and Bengali with the zero-width joiner and non-joiner", () => {
    for (const s of ["Petrapole", "Justice & Care <x>", "र\u200dक्सौल\u200c", "পেট্রাপোল", "a, b; c — “d”", ""]) {
      expect(textProblem(s)).toBeUndefined();
    }
  });
  it.each([
    [0x00, "NUL (U+0000), a control character"],
    [0x01, "U+0001, a control character"],
    [0x09, "a tab (U+0009), a control character"],
    [0x0a, "a line break (U+000A), a control character"],
    [0x0d, "a carriage return (U+000D), a control character"],
    [0x1b, "ESC (U+001B), a control character"],
    [0x1f, "U+001F, a control character"],
    [0x7f, "DEL (U+007F), a control character"],
    [0x80, "U+0080, a control character"],
    [0x9f, "U+009F, a control character"],
    [0x202a, "LEFT-TO-RIGHT EMBEDDING (U+202A), a bidirectional control character"],
    [0x202b, "RIGHT-TO-LEFT EMBEDDING (U+202B), a bidirectional control character"],
    [0x202c, "POP DIRECTIONAL FORMATTING (U+202C), a bidirectional control character"],
    [0x202d, "LEFT-TO-RIGHT OVERRIDE (U+202D), a bidirectional control character"],
    [0x202e, "RIGHT-TO-LEFT OVERRIDE (U+202E), a bidirectional control character"],
    [0x2066, "LEFT-TO-RIGHT ISOLATE (U+2066), a bidirectional control character"],
    [0x2067, "RIGHT-TO-LEFT ISOLATE (U+2067), a bidirectional control character"],
    [0x2068, "FIRST STRONG ISOLATE (U+2068), a bidirectional control character"],
    [0x2069, "POP DIRECTIONAL ISOLATE (U+2069), a bidirectional control character"],
  ])("refuses U+%s, naming it and where it is", (code, what) => {
    expect(textProblem(`ab${String.fromCodePoint(code)}c`)).toBe(`contains ${what}, at character 3: remove it`);
  });
  it("allows the characters just outside the refused ranges", () => {
    for (const c of [0x20, 0x7e, 0xa0, 0x2029, 0x202f, 0x2065, 0x206a]) expect(textProblem(String.fromCodePoint(c))).toBeUndefined();
  });
  it("names the first refused character", () => {
    expect(textProblem("x\u202ey\u0000")).toMatch(/^contains RIGHT-TO-LEFT OVERRIDE .* at character 2/);
  });
});

describe("formula neutralising", () => {
  it.each([
    ["=HYPERLINK(\"http://x\"&A3,\"y\")", "'=HYPERLINK(\"http://x\"&A3,\"y\")"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(1+1)", "'@SUM(1+1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["+5", "'+5"],
    ["-", "'-"],
    ["-1e5x", "'-1e5x"],
    ["'=x", "''=x"],
    ["''@x", "'''@x"],
  ])("neutralises %j", (cell, safe) => {
    expect(neutraliseCell(cell)).toBe(safe);
    expect(restoreCell(safe)).toBe(cell);
  });
  it.each(["-2", "-0.5", "-.5", "-12.", "-1e-7", "-1E+7", "-3e2", "12", "Petrapole", "'quoted'", "a=b", "", "'", "x-y"])(
    "leaves %j alone",
    (cell) => {
      expect(neutraliseCell(cell)).toBe(cell);
      expect(restoreCell(cell)).toBe(cell);
    },
  );
  it("restores only what it neutralised", () => {
    expect(restoreCell("'abc")).toBe("'abc");
    expect(restoreCell("'=abc")).toBe("=abc");
  });
});

describe("toCsv", () => {
  it("quotes only where needed and ends with a newline", () => {
    expect(toCsv(["a", "b"], [{ a: "x, y", b: 'say "hi"' }, { a: "1" }])).toBe('a,b\n"x, y","say ""hi"""\n1,\n');
  });
  it("writes LF line endings and a header for no rows", () => {
    expect(toCsv(["a", "b"], [])).toBe("a,b\n");
    expect(toCsv(["a"], [{ a: "x" }, { a: "y" }])).toBe("a\nx\ny\n");
  });
  it("neutralises formulas, quoting them, and keeps negative numbers as numbers", () => {
    expect(toCsv(["n", "t"], [{ n: "-500", t: "=1+1" }, { n: "3", t: "@x" }])).toBe("n,t\n-500,\"'=1+1\"\n3,\"'@x\"\n");
  });
  it("does not quote text that only starts with an apostrophe", () => {
    expect(toCsv(["t"], [{ t: "'tis" }])).toBe("t\n'tis\n");
  });
});

describe("rowsToCsv", () => {
  it("takes every column in the order it first appears, and writes numbers as numbers", () => {
    expect(
      rowsToCsv([
        { state: "West Bengal", km: 2216.7 },
        { state: "Assam", km: -1, note: "=cmd" },
        { state: "", km: null, note: undefined },
      ]),
    ).toBe("state,km,note\nWest Bengal,2216.7,\nAssam,-1,\"'=cmd\"\n,,\n");
  });
  it("writes no columns for no rows", () => {
    expect(rowsToCsv([])).toBe("\n");
  });
});
