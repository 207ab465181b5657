/**
 * The Hindi text of the definitions, the journey, the routes, the borders and every stats file
 * (data/i18n/hi/<path>.csv): one row per English row that has text to translate, keyed by the same id, with the
 * translatable columns filled where the English is, written in Devanagari, with every English number kept, and with
 * trafficking (दुर्व्यापार) and the smuggling of migrants (प्रवासियों की तस्करी) kept apart.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";

/** Each English file under data/ and the columns its Hindi file translates, in order. */
const FILES: Record<string, readonly string[]> = {
  "definitions.csv": ["label", "text", "note"],
  "journey.csv": ["stage", "smuggling", "trafficking", "turn", "note"],
  "routes.csv": ["period", "note"],
  "borders.csv": ["note"],
  "stats/ncrb.csv": ["note"],
  "stats/ncrb-states.csv": ["note"],
  "stats/tip-tiers.csv": ["note"],
  "stats/rohingya.csv": ["note"],
  "stats/slavery.csv": ["note"],
  "stats/other.csv": ["note"],
};

/**
 * Source names and document titles that stay in their original language. One is left out of the letter count only
 * where the English cell names it too, so English prose cannot hide behind this list.
 */
const LATIN_NAMES = [
  "Counter-Trafficking Data Collaborative",
  "Global Report on Trafficking in Persons",
  "Global Slavery Index",
  "Global Estimates",
  "Global Report",
  "UN Treaty Collection",
  "UN Women",
  "The Daily Observer",
  "The Week",
  "Deccan Chronicle",
  "Millennium Post",
  "News18",
  "Databoks",
  "Bangladesh Pratidin",
];

type Row = Record<string, string>;
interface Table {
  fields: string[];
  rows: Row[];
  errors: string[];
}

function parse(text: string): Table {
  const r = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  return {
    fields: r.meta.fields ?? [],
    rows: r.data,
    errors: r.errors.map((e) => `row ${e.row}: ${e.message}`),
  };
}

const read = (path: string) => parse(readFileSync(path, "utf8"));
const cell = (row: Row | undefined, column: string) => (row?.[column] ?? "").trim();

/** An acronym: two or more capitals and no lowercase run longer than one letter (BSF, UNHCR, MoU, II). */
const isAcronym = (word: string) => /^(?=(?:.*[A-Z]){2})(?:[A-Z]|[A-Z][a-z](?![a-z]))+$/.test(word);

/** Row and source ids (bd-total, pib-mha-ibb-fencing-2010) and coded values (free_movement) cited in a note. */
const ID = /\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b/g;

/** The share of letters that are Devanagari, leaving out acronyms, cited ids and the names the English also has. */
function devanagariShare(hindi: string, english: string): number | undefined {
  let text = hindi.replace(/https?:\/\/\S+/g, " ").replace(ID, " ");
  for (const name of LATIN_NAMES) if (english.includes(name)) text = text.split(name).join(" ");
  let deva = 0;
  let all = 0;
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
    if (word === "" || isAcronym(word)) continue;
    for (const ch of word) {
      if (!/\p{L}/u.test(ch)) continue;
      all += 1;
      if (/\p{Script=Devanagari}/u.test(ch)) deva += 1;
    }
  }
  return all === 0 ? undefined : deva / all;
}

/** Every number in a text, as a digit run with its grouping commas removed (3,239.92 gives 3239 and 92). */
const numbersOf = (text: string) =>
  Array.from(text.matchAll(/\d(?:[\d,]*\d)?/g), (m) => m[0].replace(/,/g, ""));

/** Numbers the English has that the Hindi lacks (counted, so "2015 … 2015" needs both). */
function missingNumbers(english: string, hindi: string): string[] {
  const left = numbersOf(hindi);
  const missing: string[] = [];
  for (const n of numbersOf(english)) {
    const i = left.indexOf(n);
    if (i < 0) missing.push(n);
    else left.splice(i, 1);
  }
  return missing;
}

/**
 * Numbers written with commas that are not in Indian grouping (12,34,567), or of five or more digits with no commas
 * at all. Digits inside cited ids and after a decimal point are not counts and are left alone.
 */
function badGrouping(hindi: string): string[] {
  const text = hindi.replace(ID, " ");
  return Array.from(text.matchAll(/(?<![\d.])\d(?:[\d,]*\d)?/g), (m) => m[0]).filter((n) =>
    n.includes(",") ? !/^\d{1,2}(?:,\d{2})*,\d{3}$/.test(n) : n.length >= 5,
  );
}

/**
 * Why a Hindi cell misuses the smuggling word, or undefined: "तस्कर…" (smuggler, smuggling) may stand only where
 * the English speaks of smuggling, and never within a word of "मानव" (as in the news phrase for trafficking).
 */
function smugglingMisuse(english: string, hindi: string): string | undefined {
  if (/मानव[\s\-‐]*(?:[^\s।;,:]+[\s\-‐]+)?तस्कर/u.test(hindi)) return '"मानव" next to "तस्कर…"';
  if (hindi.includes("तस्कर") && !/smuggl/i.test(english))
    return '"तस्कर…" where the English does not say smuggling';
  return undefined;
}

/** Why a Hindi cell loses the trafficking term, or undefined: English "trafficking" needs "दुर्व्यापार". */
function traffickingLoss(english: string, hindi: string): string | undefined {
  if (/traffick/i.test(english) && !hindi.includes("दुर्व्यापार")) return 'no "दुर्व्यापार" for trafficking';
  return undefined;
}

/** Cells that speak for trafficking by their place in the table, whatever their words. */
function traffickingContext(path: string, en: Row, column: string): boolean {
  if (path === "journey.csv") return column === "trafficking";
  if (path === "definitions.csv") return en["concept"] === "trafficking";
  return false;
}

describe.each(Object.entries(FILES))("data/i18n/hi/%s", (path, columns) => {
  const hiPath = join("data/i18n/hi", path);
  const en = read(join("data", path));
  const hi = existsSync(hiPath) ? read(hiPath) : { fields: [], rows: [], errors: ["the file is missing"] };
  const enById = new Map(en.rows.map((r) => [r["id"] ?? "", r]));
  const hiById = new Map(hi.rows.map((r) => [r["id"] ?? "", r]));
  /** Every translated cell with its English, as [id, column, english, hindi]. */
  const pairs = hi.rows.flatMap((r) =>
    columns.map((c) => [r["id"] ?? "", c, cell(enById.get(r["id"] ?? ""), c), cell(r, c)] as const),
  );
  const filled = pairs.filter(([, , e]) => e !== "");

  it("parses as CSV, and the English file has the columns it translates", () => {
    expect(hi.errors).toEqual([]);
    expect(en.errors).toEqual([]);
    for (const c of columns) expect(en.fields, `${path} has ${c}`).toContain(c);
  });

  it("has the header id, the translated columns in order, then source_ids", () => {
    expect(hi.fields).toEqual(["id", ...columns, "source_ids"]);
  });

  it("has each id once, and only ids of the English file", () => {
    const ids = hi.rows.map((r) => r["id"] ?? "");
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !enById.has(id))).toEqual([]);
  });

  it("has a row for every English row with text to translate, filled exactly where the English is", () => {
    const problems: string[] = [];
    for (const e of en.rows) {
      const id = e["id"] ?? "";
      const has = columns.some((c) => cell(e, c) !== "");
      const h = hiById.get(id);
      if (!has) {
        if (h) problems.push(`${id}: the English row has nothing to translate`);
        continue;
      }
      if (!h) {
        problems.push(`${id}: no Hindi row`);
        continue;
      }
      for (const c of columns) {
        if (cell(e, c) !== "" && cell(h, c) === "") problems.push(`${id}.${c}: empty`);
        if (cell(e, c) === "" && cell(h, c) !== "")
          problems.push(`${id}.${c}: filled where the English is empty`);
      }
    }
    expect(problems).toEqual([]);
    expect(filled.length).toBeGreaterThan(0);
  });

  it("is written in Devanagari: at least 85 % of the letters of each cell, and never the English text itself", () => {
    const low = filled.flatMap(([id, c, e, h]) => {
      const share = devanagariShare(h, e);
      if (share === undefined) return e === h && /\p{L}/u.test(e) ? [`${id}.${c}: left in English`] : [];
      return share < 0.85 ? [`${id}.${c}: ${(share * 100).toFixed(0)} % Devanagari: ${h}`] : [];
    });
    expect(low).toEqual([]);
  });

  it("keeps every number of the English, in Indian grouping where it has five or more digits", () => {
    const problems = filled.flatMap(([id, c, e, h]) => [
      ...missingNumbers(e, h).map((n) => `${id}.${c}: ${n} is missing`),
      ...badGrouping(h).map((n) => `${id}.${c}: ${n} is not in Indian grouping`),
    ]);
    expect(problems).toEqual([]);
  });

  it('says "दुर्व्यापार" for trafficking and keeps "तस्करी" for the smuggling of migrants', () => {
    const problems = filled.flatMap(([id, c, e, h]) => {
      const en = enById.get(id);
      const why = [
        smugglingMisuse(e, h),
        traffickingLoss(e, h),
        en && traffickingContext(path, en, c) && h.includes("तस्कर")
          ? '"तस्कर…" in a trafficking cell'
          : undefined,
      ].filter(Boolean);
      return why.map((w) => `${id}.${c}: ${w}: ${h}`);
    });
    expect(problems).toEqual([]);
  });
});

describe("the checks of this file", () => {
  it("count Devanagari letters, leaving out acronyms, ids and the source names the English has", () => {
    expect(devanagariShare("लोकसभा उत्तर (pib-mha-ibb-fencing-2010); BSF", "")).toBe(1);
    expect(devanagariShare("Millennium Post 804 बताता है", "Millennium Post gives 804")).toBe(1);
    expect(devanagariShare("Millennium Post 804 बताता है", "804")).toBeLessThan(0.85);
    expect(devanagariShare("Reported by officials to PTI", "Reported by officials to PTI")).toBe(0);
    expect(devanagariShare("2010-2023", "2010-2023")).toBeUndefined();
  });

  it("find numbers that the Hindi drops or groups the Western way", () => {
    expect(
      missingNumbers("over 150000 in 2025, 3,239.92 km", "2025 में 1,50,000 से ज़्यादा, 3239.92 किमी"),
    ).toEqual([]);
    expect(missingNumbers("2015 and 2015", "2015")).toEqual(["2015"]);
    expect(missingNumbers("50 million", "5 करोड़")).toEqual(["50"]);
    expect(badGrouping("1,50,000 और 6,201 और 31,000 (bd-total-2025) 3239.92")).toEqual([]);
    expect(badGrouping("150,000 और 150000")).toEqual(["150,000", "150000"]);
  });

  it("catch the news phrase for trafficking and the smuggling word where the English has none", () => {
    expect(smugglingMisuse("human trafficking", "मानव तस्करी")).toBeDefined();
    expect(smugglingMisuse("trafficking", "मानव-तस्करी")).toBeDefined();
    expect(smugglingMisuse("smuggling of people", "मानव की तस्करी")).toBeDefined();
    expect(smugglingMisuse("traffickers arrested", "तस्कर गिरफ़्तार")).toBeDefined();
    expect(smugglingMisuse("smugglers left people", "प्रवासी-तस्कर लोगों को छोड़ गए")).toBeUndefined();
    expect(traffickingLoss("trafficking cases", "तस्करी के मामले")).toBeDefined();
    expect(traffickingLoss("trafficking cases", "दुर्व्यापार के मामले")).toBeUndefined();
  });
});
