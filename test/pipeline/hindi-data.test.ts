/**
 * Every Hindi data overlay (data/i18n/hi/<path>.csv) against its English file (data/<path>.csv): one row per English
 * row that has text to translate, keyed by the same id, with the translatable columns filled exactly where the
 * English is, written in Devanagari, with every English number kept in Indian grouping, citing only known sources,
 * and with trafficking (दुर्व्यापार) and the smuggling of migrants (प्रवासियों की तस्करी) kept apart.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  badGrouping,
  cell,
  devanagariShare,
  filesBelow,
  missingNumbers,
  readCsv,
  smugglingWordProblems,
  termProblems,
  type NumberOptions,
  type Row,
} from "../support/hindi.ts";

const HI_DIR = "data/i18n/hi";

/** What an overlay may do that the rules below would otherwise refuse, each case read by hand. */
interface Allowances {
  /** How "N million" is given (by default in lakh or crore, with its digits kept). */
  numbers?: NumberOptions;
  /** Phone numbers and codes that stay ungrouped: they are not counts. */
  notCounts?: readonly string[];
  /** The least Devanagari share of one cell, where notes gloss English document titles (default 0.85). */
  cellShare?: number;
  /** The whole file's share leaves out the source names, as each cell's does (a file that cites many titles). */
  namesInFile?: boolean;
  /** Columns whose cells may equal the English where they hold no letter (a year range). */
  asWritten?: readonly string[];
}

/** Each overlay, the columns it translates in order, and what it is allowed. */
const FILES: Record<string, { columns: readonly string[] } & Allowances> = {
  "places.csv": { columns: ["name"] },
  "actors.csv": { columns: ["name", "note"], numbers: { millionsAsDigits: false }, cellShare: 0.6 },
  "instruments.csv": { columns: ["name", "note"] },
  "claims.csv": { columns: ["section", "claim", "note"], cellShare: 0.6 },
  "recommendations.csv": { columns: ["section", "recommendation", "note"] },
  "helplines.csv": { columns: ["name", "note"], notCounts: ["14490", "10921"] },
  "definitions.csv": { columns: ["label", "text", "note"] },
  "journey.csv": { columns: ["stage", "smuggling", "trafficking", "turn", "note"] },
  "routes.csv": { columns: ["period", "note"], asWritten: ["period"] },
  "borders.csv": { columns: ["note"] },
  "stats/ncrb.csv": { columns: ["note"] },
  "stats/ncrb-states.csv": { columns: ["note"] },
  "stats/tip-tiers.csv": { columns: ["note"] },
  // US dollars stay in मिलियन.
  "stats/rohingya.csv": { columns: ["note"], numbers: { millionsInLakhCrore: false } },
  "stats/slavery.csv": { columns: ["note"], namesInFile: true },
  "stats/other.csv": { columns: ["note"] },
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

/**
 * Sentences with "तस्करी" read by hand. In the first it is the smuggling of goods (drugs, arms, gold, currency), which
 * the border forces list beside human trafficking, not the smuggling of migrants; the second (definitions.csv) is the
 * Smuggling Protocol's rule that a migrant is not prosecuted for having been smuggled.
 */
const HAND_CHECKED: readonly string[] = [
  "सिर्फ़ इसलिए कि उसकी तस्करी कराई गई, प्रोटोकॉल के तहत उस पर मुक़दमा नहीं चलाया जाएगा",
  "भारत और बांग्लादेश के सीमा बल उन अपराधों की सूची में, जिन पर उनकी संयुक्त गश्त का निशाना है, मानव दुर्व्यापार के साथ नशीले पदार्थों, हथियारों, सोने और मुद्रा की तस्करी को भी गिनाते हैं (bs-cbmp-2016), पर इससे एक ही सीमा दिखती है, एक ही गिरोह नहीं",
];

/** Cells that speak for trafficking by their place in the table, whatever their words. */
function traffickingContext(path: string, en: Row, column: string): boolean {
  if (path === "journey.csv") return column === "trafficking";
  if (path === "definitions.csv") return en["concept"] === "trafficking";
  return false;
}

const sourceIds = new Set(readCsv("data/sources.csv").rows.map((r) => r["id"]));

it("has a declared set of columns for every overlay file, and a file for every declared one", () => {
  expect(filesBelow(HI_DIR, ".csv")).toEqual(Object.keys(FILES).sort());
});

describe.each(Object.entries(FILES))("data/i18n/hi/%s", (path, { columns, ...allowed }) => {
  const hiPath = join(HI_DIR, path);
  const en = readCsv(join("data", path));
  const hi = existsSync(hiPath) ? readCsv(hiPath) : { fields: [], rows: [], errors: [`${hiPath}: missing`] };
  const enById = new Map(en.rows.map((r) => [r["id"] ?? "", r]));
  const hiById = new Map(hi.rows.map((r) => [r["id"] ?? "", r]));
  /** Every translated cell with its English. */
  const pairs = hi.rows.flatMap((r) =>
    columns.map((c) => ({
      id: r["id"] ?? "",
      column: c,
      en: cell(enById.get(r["id"] ?? ""), c),
      hi: cell(r, c),
    })),
  );
  /** The cells whose English has text. */
  const filled = pairs.filter((p) => p.en !== "");
  const where = (p: { id: string; column: string }) => `${p.id}.${p.column}`;

  it("exists and parses as CSV, and the English file has the columns it translates", () => {
    expect(existsSync(hiPath), hiPath).toBe(true);
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

  it("has a row for every English row with text to translate and no other, filled exactly where the English is", () => {
    const problems: string[] = [];
    let shown = 0;
    for (const e of en.rows) {
      const id = e["id"] ?? "";
      const has = columns.some((c) => cell(e, c) !== "");
      const h = hiById.get(id);
      if (has) shown += 1;
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
    expect(shown).toBeGreaterThan(0);
    expect(hi.rows.length).toBe(shown);
  });

  it("translates every cell (none left as the English)", () => {
    const kept = (p: { column: string; hi: string }) =>
      allowed.asWritten?.includes(p.column) === true && !/\p{L}/u.test(p.hi);
    expect(filled.filter((p) => p.hi === p.en && !kept(p)).map(where)).toEqual([]);
  });

  it("is written in Devanagari: at least 85 % of the letters of the file and of each cell", () => {
    const share = (p: { en: string; hi: string }) =>
      devanagariShare(p.hi, { citations: true, names: LATIN_NAMES, english: p.en });
    const all = devanagariShare(filled.map((p) => p.hi).join("\n"), {
      citations: true,
      ...(allowed.namesInFile ? { names: LATIN_NAMES, english: filled.map((p) => p.en).join("\n") } : {}),
    });
    expect(all ?? 1).toBeGreaterThanOrEqual(0.85);
    const least = allowed.cellShare ?? 0.85;
    const low = filled.flatMap((p) => {
      const s = share(p);
      return s !== undefined && s < least
        ? [`${where(p)}: ${(s * 100).toFixed(0)} % Devanagari: ${p.hi}`]
        : [];
    });
    expect(low).toEqual([]);
  });

  it("keeps every number of the English, in Indian grouping", () => {
    const problems = filled.flatMap((p) => [
      ...missingNumbers(p.en, p.hi, allowed.numbers).map((n) => `${where(p)}: lacks ${n}`),
      ...badGrouping(p.hi, allowed.notCounts).map((n) => `${where(p)}: ${n} is not in Indian grouping`),
    ]);
    expect(problems).toEqual([]);
  });

  it('says "दुर्व्यापार" for trafficking and keeps "तस्करी" for the smuggling of migrants', () => {
    expect(smugglingWordProblems(filled.map((p) => p.hi).join("\n"), HAND_CHECKED)).toEqual([]);
    const problems = filled.flatMap((p) => {
      const e = enById.get(p.id);
      const why = [
        ...termProblems(p.en, p.hi),
        ...(e && traffickingContext(path, e, p.column) && p.hi.includes("तस्कर")
          ? ['"तस्कर…" in a trafficking cell']
          : []),
      ];
      return why.map((w) => `${where(p)}: ${w}: ${p.hi}`);
    });
    expect(problems).toEqual([]);
  });

  it("cites only sources that exist", () => {
    const cited = hi.rows.flatMap((r) => cell(r, "source_ids").split(";").filter(Boolean));
    expect(cited.filter((s) => !sourceIds.has(s))).toEqual([]);
  });
});

describe("claims and recommendations in Hindi", () => {
  const tables = ["claims.csv", "recommendations.csv"].map((f) => {
    const en = readCsv(join("data", f)).rows;
    return { en: new Map(en.map((r) => [r["id"] ?? "", r])), hi: readCsv(join(HI_DIR, f)).rows };
  });

  it("give one English section heading one Hindi heading", () => {
    const seen = new Map<string, Set<string>>();
    for (const { en, hi } of tables)
      for (const h of hi) {
        const e = cell(en.get(h["id"] ?? ""), "section");
        seen.set(e, (seen.get(e) ?? new Set()).add(cell(h, "section")));
      }
    expect([...seen].filter(([, v]) => v.size > 1).map(([k, v]) => `${k}: ${[...v].join(" | ")}`)).toEqual(
      [],
    );
  });

  it("open a claim's note with the same verdict as the English (confirmed, partly, not confirmed)", () => {
    const verdict = (s: string) =>
      /^Not confirmed/i.test(s) || /^पुष्टि नहीं हुई/.test(s)
        ? "not"
        : /^Partly/i.test(s) || /^आंशिक रूप से/.test(s)
          ? "partly"
          : /^Confirmed/i.test(s) || /^पुष्टि हुई/.test(s)
            ? "confirmed"
            : "none";
    const [claims] = tables;
    const wrong = claims!.hi
      .filter((h) => verdict(cell(claims!.en.get(h["id"] ?? ""), "note")) !== verdict(cell(h, "note")))
      .map((h) => h["id"]);
    expect(wrong).toEqual([]);
  });
});
