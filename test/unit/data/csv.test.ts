import { describe, expect, it } from "vitest";
import { formatProblem, parseCsv, toCsv } from "../../../src/lib/data/csv.ts";

describe("parseCsv", () => {
  it("reads a header and rows with their line numbers", () => {
    const { table, problems } = parseCsv("a,b\n1,2\n\n3,4\n", "x.csv");
    expect(problems).toEqual([]);
    expect(table?.header).toEqual(["a", "b"]);
    expect(table?.rows.map((r) => r.line)).toEqual([2, 4]);
  });
  it("counts lines inside quoted fields", () => {
    const { table } = parseCsv('a,b\n"multi\nline",2\n3,4\n', "x.csv");
    expect(table?.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, "multi\nline"],
      [4, "3"],
    ]);
  });
  it("accepts a byte-order mark and CRLF line endings", () => {
    const { table, problems } = parseCsv("\ufeffa,b\r\n1,2\r\n", "x.csv");
    expect(problems).toEqual([]);
    expect(table?.header).toEqual(["a", "b"]);
    expect(table?.rows[0]?.cells).toEqual(["1", "2"]);
  });
  it("reports an empty file", () => {
    expect(parseCsv("  \n", "x.csv").problems.map(formatProblem)).toEqual(["x.csv:1: the file is empty: a header row is required"]);
  });
  it("reports wrong column counts on the row's line", () => {
    const { problems } = parseCsv("a,b\n1\n1,2,3\n", "x.csv");
    expect(problems.map(formatProblem)).toEqual(["x.csv:2: has 1 columns, the header has 2", "x.csv:3: has 3 columns, the header has 2"]);
  });
  it("reports an unterminated quote", () => {
    const { problems } = parseCsv('a,b\n1,"open\n2,3\n', "x.csv");
    expect(problems.some((p) => /unterminated quote/.test(p.message) && p.line === 2)).toBe(true);
  });
});

describe("toCsv", () => {
  it("quotes only where needed and ends with a newline", () => {
    expect(toCsv(["a", "b"], [{ a: "x, y", b: 'say "hi"' }, { a: "1" }])).toBe('a,b\n"x, y","say ""hi"""\n1,\n');
  });
});
