/**
 * The sources section of the dictionaries: a name for every dataset in the catalogue and a label for every kind
 * of source, in every locale; the English dataset names the same as the catalogue's (which the manifest uses).
 */
import { describe, expect, it } from "vitest";
import { DATASETS } from "../../../src/lib/data/datasets.ts";
import { SOURCE_KINDS } from "../../../src/lib/data/vocab.ts";
import { en } from "../../../src/i18n/en/index.ts";
import { hi } from "../../../src/i18n/hi/index.ts";

const devanagari = /\p{Script=Devanagari}/u;

describe("the sources dictionary", () => {
  it("names every dataset in English as the catalogue does", () => {
    for (const d of DATASETS) expect(en.sources.datasets[d.id], d.id).toEqual({ title: d.title, row: d.row });
    expect(Object.keys(en.sources.datasets).sort()).toEqual(DATASETS.map((d) => d.id).sort());
  });

  it("names every dataset and every kind of source in Hindi, in Devanagari", () => {
    for (const d of DATASETS) {
      const n = hi.sources.datasets[d.id];
      expect(n.title, d.id).toMatch(devanagari);
      expect(n.row, d.id).toMatch(devanagari);
      expect(n.title, d.id).not.toBe(en.sources.datasets[d.id].title);
    }
    for (const k of SOURCE_KINDS) expect(hi.sources.kind[k], k).toMatch(devanagari);
  });

  it("writes the access date the Hindi way and keeps the colon before 'not found'", () => {
    expect(hi.sources.readLine(hi.sources.kind.news, "2026-12-07")).toBe("ख़बर; 7 दिसंबर 2026 को पढ़ा।");
    expect(hi.sources.readLine(hi.sources.kind.law, undefined)).toBe("क़ानून।");
    expect(en.sources.readLine(en.sources.kind.news, "2026-12-07")).toBe("news; read 2026-12-07.");
    expect(hi.sources.citedLine("x", false)).toMatch(/:$/);
    expect(hi.sources.citedLine("x", true)).toMatch(/।$/);
    expect(en.sources.citedLine("x", false)).toMatch(/:$/);
  });

  it("never calls trafficking 'तस्करी' in the dataset names", () => {
    for (const { title, row } of Object.values(hi.sources.datasets)) {
      const text = `${title} ${row}`;
      expect(text).not.toMatch(/मानव\s+तस्करी/);
      for (const m of text.matchAll(/तस्करी/g))
        expect(text.slice(0, m.index).endsWith("प्रवासियों की "), text).toBe(true);
    }
  });
});
