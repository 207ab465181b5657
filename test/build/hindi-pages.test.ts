/**
 * The Hindi edition's other pages as built: the bibliography and the data catalogue in Hindi with their entries
 * cited as published, a 404 that a reader of either language understands, and Hindi CSV downloads that Excel
 * opens in UTF-8 (a byte-order mark) while the English ones keep their bytes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../src/lib/charts/index.ts";
import { requireBuilt } from "./site.ts";

const bytes = (path: string) => readFileSync(join(requireBuilt(path, `the file ${path}`)));
const doc = (path: string) => parseHTML(bytes(path).toString("utf8")).document;
const BOM = [0xef, 0xbb, 0xbf];
const startsWithBom = (b: Buffer) => BOM.every((x, i) => b[i] === x);
const hasDevanagari = (s: string) => /\p{Script=Devanagari}/u.test(s);
const strictUtf8 = (b: Buffer) => new TextDecoder("utf-8", { fatal: true }).decode(b);

describe("the Hindi bibliography and data catalogue", () => {
  it("heads /hi/sources/ in Hindi and marks every bibliographic entry lang=en", () => {
    const d = doc("hi/sources/index.html");
    const headings = [...d.querySelectorAll("main h1, main h2")].map((h) => h.textContent ?? "");
    expect(headings.length).toBe(3);
    for (const h of headings) expect(hasDevanagari(h), h).toBe(true);
    const items = [...d.querySelectorAll("ol.biblio > li")];
    expect(items.length).toBeGreaterThan(100);
    for (const li of items) {
      const entry = li.querySelector("span");
      expect(entry?.getAttribute("lang"), li.id).toBe("en");
      expect(entry?.querySelector("a, cite"), li.id).not.toBeNull();
      expect(hasDevanagari(li.querySelector(".kind")?.textContent ?? ""), li.id).toBe(true);
      const note = li.querySelector(".note");
      if (note) expect(note.getAttribute("lang"), li.id).toBe("en");
    }
    // The class labels are the dictionary's, not the data's codes.
    expect(d.querySelector("ol.biblio .source-class")?.textContent).toMatch(/\p{Script=Devanagari}/u);
  });

  it("keeps /sources/ in English with no lang on its entries, and the same ids in both", () => {
    const en = doc("sources/index.html");
    const hi = doc("hi/sources/index.html");
    expect(en.querySelector("main h1")?.textContent).toBe("Sources");
    expect(en.querySelector("ol.biblio > li span[lang]")).toBeNull();
    const ids = (x: Document) => [...x.querySelectorAll("ol.biblio > li")].map((li) => li.id);
    expect(ids(hi)).toEqual(ids(en));
  });

  it("names every dataset on /hi/data/ in Hindi", () => {
    const d = doc("hi/data/index.html");
    const titles = [...d.querySelectorAll("section.dataset h2")].map((h) => h.textContent ?? "");
    expect(titles.length).toBe(doc("data/index.html").querySelectorAll("section.dataset h2").length);
    expect(titles.length).toBeGreaterThan(10);
    for (const t of titles) expect(hasDevanagari(t), t).toBe(true);
    for (const p of d.querySelectorAll("main > p"))
      expect(p.textContent, p.textContent ?? "").not.toMatch(/\.\s*$/);
  });
});

describe("the 404 page", () => {
  const d = () => doc("404.html");
  it("says so in English and then in Hindi, the Hindi block marked lang=hi with links into /hi/", () => {
    const blocks = [...d().querySelectorAll("main section.not-found")];
    expect(blocks.map((b) => b.getAttribute("data-not-found-locale"))).toEqual(["en", "hi"]);
    const [en, hi] = blocks as [Element, Element];
    expect(en.getAttribute("lang")).toBeNull();
    expect(en.querySelector("h1")?.textContent).toBe("Page not found");
    expect(hi.getAttribute("lang")).toBe("hi");
    expect(hi.querySelector("h2")?.textContent).toBe("पृष्ठ नहीं मिला");
    expect(hi.querySelector("[data-not-found-lead]")?.textContent).toMatch(/\p{Script=Devanagari}/u);
    // The page keeps one [data-not-found], the English lead, as before.
    expect(d().querySelectorAll("[data-not-found]").length).toBe(1);
    expect(en.querySelector("[data-not-found]")).not.toBeNull();
    expect([...hi.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["/hi/charts/", "/hi/"]);
    // Each block has its own hint, in its own language, for the chart id a missing address named.
    expect(en.querySelector("not-found-hint")?.getAttribute("data-message")).toMatch(/^There is no chart/);
    expect(hi.querySelector("not-found-hint")?.getAttribute("data-message")).toMatch(/नक्शा नहीं है/);
  });
  it("names both languages in its title and stays out of search engines", () => {
    expect(d().title).toMatch(/Page not found.*पृष्ठ नहीं मिला/);
    expect(d().querySelector('meta[name="robots"]')?.getAttribute("content")).toMatch(/noindex/);
  });
});

describe("chart CSV downloads", () => {
  const ids = CHARTS.map((c) => c.id);
  it("covers the registry", () => expect(ids.length).toBeGreaterThan(10));
  it.each(ids)(
    "%s: Hindi data.csv is UTF-8 with a byte-order mark and the English rows; English has none",
    (id) => {
      const hi = bytes(`hi/charts/${id}/data.csv`);
      const en = bytes(`charts/${id}/data.csv`);
      expect(startsWithBom(hi)).toBe(true);
      expect(startsWithBom(en)).toBe(false);
      const text = strictUtf8(hi.subarray(3));
      expect(text.startsWith("\uFEFF")).toBe(false);
      const parse = (s: string) => Papa.parse<string[]>(s, { skipEmptyLines: true, delimiter: "," });
      const h = parse(text);
      const e = parse(strictUtf8(en));
      expect(h.errors).toEqual([]);
      // Column names are a machine contract: the same in every language, so the first cell has no BOM in it.
      expect(h.data[0]).toEqual(e.data[0]);
      expect(h.data.length).toBe(e.data.length);
    },
  );
  it("puts Devanagari in the Hindi downloads (so the byte-order mark matters)", () => {
    const withHindi = ids.filter((id) => hasDevanagari(bytes(`hi/charts/${id}/data.csv`).toString("utf8")));
    expect(withHindi.length).toBeGreaterThan(ids.length / 2);
  });
});
