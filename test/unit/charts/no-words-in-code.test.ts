/**
 * Every word a chart draws or says comes from the dictionary (src/i18n/<locale>/charts.ts), so a second language
 * translates a dictionary, not code: no chart module holds a literal of two or more words outside its comments
 * (error messages for developers excepted).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const DIR = "src/lib/charts";
/** Build-time plumbing that writes no words into a drawing. */
const PLUMBING = new Set([
  "paint.ts",
  "png.ts",
  "standalone.ts",
  "stylesheets.ts",
  "reuse.ts",
  "render.ts",
  "format.ts",
]);
const files = readdirSync(DIR).filter((f) => f.endsWith(".ts") && !PLUMBING.has(f));

const code = (src: string) =>
  src
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/throw new Error\([^;]*\);/g, "")
    // Class names are hooks for the page, not words for a reader.
    .replace(/class: (?:"[^"]*"|`[^`]*`)/g, "")
    .replace(/class: [^\n]*\?[^\n]*/g, "");

describe("chart modules hold no words", () => {
  it("finds the modules", () => expect(files.length).toBeGreaterThanOrEqual(13));
  it.each(files)("%s", (f) => {
    const literals = [...code(readFileSync(`${DIR}/${f}`, "utf8")).matchAll(/"([^"\n]*)"|`([^`]*)`/g)].map(
      (m) => m[1] ?? m[2] ?? "",
    );
    const words = literals.filter((l) =>
      /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/.test(l.replace(/\$\{[^}]*\}/g, " ")),
    );
    expect(words.filter((w) => !w.startsWith("Inter, system-ui"))).toEqual([]);
  });
});
