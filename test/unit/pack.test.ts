/**
 * The offline copy's archive (scripts/pack.ts): written with fflate, read back with fflate, the same bytes on
 * every run, entries in name order with one fixed time, and no entry that could unpack outside its folder.
 */
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkEntryName, relativeUrl, unsafeEntryName, zip, type PackedFile } from "../../scripts/pack.ts";

const file = (path: string, text: string): PackedFile => ({ path, data: Buffer.from(text, "utf8") });
const FILES = [
  file("crossings-offline/index.html", "<!doctype html><title>x</title>" + "text ".repeat(200)),
  file("crossings-offline/charts/index.html", "<!doctype html>"),
  file("crossings-offline/README.txt", "Open index.html"),
  file("crossings-offline/_astro/font.woff2", "\u0000\u0001binary"),
];

/** The DOS time and date of each local file header, in archive order. */
function headers(buf: Buffer): { name: string; time: number; date: number }[] {
  const out = [];
  for (let p = 0; buf.readUInt32LE(p) === 0x04034b50;) {
    const size = buf.readUInt32LE(p + 18);
    const nameLen = buf.readUInt16LE(p + 26);
    const extraLen = buf.readUInt16LE(p + 28);
    out.push({
      name: buf.toString("utf8", p + 30, p + 30 + nameLen),
      time: buf.readUInt16LE(p + 10),
      date: buf.readUInt16LE(p + 12),
    });
    p += 30 + nameLen + extraLen + size;
  }
  return out;
}

describe("the offline zip", () => {
  it("reads back with fflate, byte for byte", () => {
    const entries = unzipSync(new Uint8Array(zip(FILES)));
    expect(Object.keys(entries).sort()).toEqual(FILES.map((f) => f.path).sort());
    for (const f of FILES) expect(Buffer.from(entries[f.path]!).equals(f.data), f.path).toBe(true);
  });

  it("is the same bytes whatever the order of the files, with entries in name order and one fixed time", () => {
    const a = zip(FILES);
    const b = zip([...FILES].reverse());
    expect(a.equals(b)).toBe(true);
    const h = headers(a);
    expect(h.map((x) => x.name)).toEqual(FILES.map((f) => f.path).sort());
    // 2024-01-01 00:00 in DOS fields: date = (2024 - 1980) << 9 | 1 << 5 | 1, time 0.
    for (const x of h) expect([x.date, x.time], x.name).toEqual([((2024 - 1980) << 9) | (1 << 5) | 1, 0]);
  });

  it.each([
    ["../x", /`\.\.` segment/],
    ["crossings-offline/../../x", /`\.\.` segment/],
    ["/etc/passwd", /absolute path/],
    ["C:/x", /absolute path/],
    ["crossings-offline\\..\\x", /backslash/],
    ["crossings-offline//x", /empty or `\.` segment/],
    ["", /empty name/],
    ["a\u0000b", /control character/],
  ])("refuses the entry name %j", (name, why) => {
    expect(unsafeEntryName(name)).toMatch(why);
    expect(() => checkEntryName(name)).toThrow(/is refused/);
    expect(() => zip([...FILES, file(name, "x")])).toThrow(`zip entry "${name}" is refused`);
  });

  it("accepts ordinary names, and refuses a name listed twice", () => {
    for (const f of FILES) expect(unsafeEntryName(f.path)).toBeNull();
    expect(unsafeEntryName("crossings-offline/charts/map-bd-crossings/chart.svg")).toBeNull();
    expect(() => zip([...FILES, FILES[0]!])).toThrow(/listed twice/);
  });
});

describe("links in the offline copy", () => {
  const files = new Set(["index.html", "charts/index.html", "charts/x/index.html", "_astro/a.css"]);
  it("become relative and end in index.html", () => {
    expect(relativeUrl("/charts/", "index.html", files)).toBe("charts/index.html");
    expect(relativeUrl("/charts/x/#sources", "charts/index.html", files)).toBe("x/index.html#sources");
    expect(relativeUrl("/", "charts/x/index.html", files)).toBe("../../index.html");
    expect(relativeUrl("/_astro/a.css", "charts/index.html", files)).toBe("../_astro/a.css");
  });
});
