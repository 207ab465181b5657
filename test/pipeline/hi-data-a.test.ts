/**
 * The Hindi text of the places, actors, instruments, claims, recommendations and helplines (issue 20): one file per
 * English file under data/i18n/hi/, keyed by the English ids, with every translatable cell filled where the English
 * has text, in Devanagari, with the English numbers kept, and the words for trafficking and smuggling kept apart.
 */
import { existsSync, readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";

/** Each English file and the columns its Hindi twin translates, in order. */
const FILES: Record<string, readonly string[]> = {
  "places.csv": ["name"],
  "actors.csv": ["name", "note"],
  "instruments.csv": ["name", "note"],
  "claims.csv": ["section", "claim", "note"],
  "recommendations.csv": ["section", "recommendation", "note"],
  "helplines.csv": ["name", "note"],
};

interface Table {
  fields: string[];
  rows: Record<string, string>[];
}

function readCsv(file: string): Table {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length)
    throw new Error(parsed.errors.map((e) => `${file}:${(e.row ?? 0) + 2}: ${e.message}`).join("\n"));
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

const byId = (t: Table) => new Map(t.rows.map((r) => [r.id ?? "", r]));
const cell = (r: Record<string, string> | undefined, c: string) => (r?.[c] ?? "").trim();

/**
 * Share of letters that are Devanagari. Left out: acronyms (a Latin word with two or more capitals: BSF, CrPC,
 * AU.COMMIT), web addresses, and source ids cited in notes (lower-case words joined by hyphens: bs-cbmp-2016).
 */
export function devanagariShare(text: string): number {
  const rest = text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, " ")
    .replace(/[A-Za-z0-9.]*[A-Z][A-Za-z0-9.]*[A-Z][A-Za-z0-9.]*/g, " ");
  const letters = [...rest].filter((ch) => /\p{L}/u.test(ch));
  const deva = letters.filter((ch) => /\p{Script=Devanagari}/u.test(ch));
  return letters.length ? deva.length / letters.length : 1;
}

/** A comma-grouped number written the Indian way: 4,500; 40,000; 1,00,000; 12,34,567. */
export function indianGrouping(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3);
  return `${head.replace(/\B(?=(\d{2})+$)/g, ",")},${digits.slice(-3)}`;
}

/**
 * Every number in an English cell that the Hindi cell lacks. Digits may gain or lose grouping commas (compared
 * with commas between digits removed); a number the English groups with commas must appear with Indian grouping;
 * "N million" must appear as its लाख or करोड़ form (11 million: 1.1 करोड़).
 */
export function missingNumbers(en: string, hi: string): string[] {
  const missing: string[] = [];
  const plain = (s: string) => s.replace(/(\d),(?=\d)/g, "$1");
  const hiRuns = new Set(plain(hi).match(/\d+/g) ?? []);
  let rest = en;
  for (const m of en.matchAll(/(\d+(?:\.\d+)?) million\b/g)) {
    const n = Number(m[1]) * 1e6;
    const form = n >= 1e7 ? `${+(n / 1e7).toFixed(2)} करोड़` : `${+(n / 1e5).toFixed(2)} लाख`;
    if (!hi.includes(form)) missing.push(`${m[0]} (as "${form}")`);
    rest = rest.replace(m[0], " ");
  }
  for (const m of rest.matchAll(/\d{1,3}(?:,\d{3})+(?!\d)/g)) {
    const grouped = indianGrouping(m[0].replace(/,/g, ""));
    if (!new RegExp(`(?<![\\d,])${grouped}(?![\\d,])`).test(hi)) missing.push(`${m[0]} (as "${grouped}")`);
  }
  for (const run of plain(rest).match(/\d+/g) ?? []) if (!hiRuns.has(run)) missing.push(run);
  return missing;
}

/** Numbers grouped the Western way (100,000) in a Hindi cell. */
const westernGrouping = (hi: string): string[] =>
  (hi.match(/\d+(?:,\d+)+/g) ?? []).filter((n) => !/^\d{1,2}(?:,\d{2})*,\d{3}$/.test(n));

/** Sentences (split at danda, ?, ! and line ends) that contain a word. */
const sentencesWith = (text: string, word: string): string[] =>
  text
    .split(/[।?!\n]/)
    .map((s) => s.trim())
    .filter((s) => s.includes(word));

/**
 * Every problem with the words for trafficking and smuggling: "तस्करी" within four words of "मानव"; "तस्करी" not
 * as "प्रवासियों/प्रवासी की तस्करी" (unless its sentence was read by hand and listed); "तस्कर" (smuggler) not as
 * "प्रवासी-तस्कर".
 */
export function smugglingWordProblems(text: string, handChecked: readonly string[] = []): string[] {
  const problems: string[] = [];
  const words = text.split(/[\s,;:()“”"‘’'।?!.—–]+/).filter(Boolean);
  words.forEach((w, i) => {
    if (!w.includes("तस्करी")) return;
    const near = words.slice(Math.max(0, i - 4), i + 5);
    if (near.some((n) => n.includes("मानव"))) problems.push(`"तस्करी" next to "मानव": ${near.join(" ")}`);
  });
  for (const s of sentencesWith(text, "तस्करी")) {
    const loose = s.replace(/प्रवासि?(?:यों|ी) की तस्करी/g, "");
    if (loose.includes("तस्करी") && !handChecked.includes(s))
      problems.push(`"तस्करी" not as "प्रवासियों की तस्करी": ${s}`);
  }
  for (const m of text.matchAll(/तस्कर(?!ी)/g)) {
    if (!text.slice(0, m.index).endsWith("प्रवासी-"))
      problems.push(`"तस्कर" not as "प्रवासी-तस्कर": …${text.slice(Math.max(0, m.index - 30), m.index + 20)}…`);
  }
  return problems;
}

/**
 * Sentences with "तस्करी" read by hand: here it is the smuggling of goods (drugs, arms, gold, currency), which
 * the border forces list beside human trafficking, not the smuggling of migrants.
 */
const HAND_CHECKED: readonly string[] = [
  "भारत और बांग्लादेश के सीमा बल उन अपराधों की सूची में, जिन पर उनकी संयुक्त गश्त का निशाना है, मानव दुर्व्यापार के साथ नशीले पदार्थों, हथियारों, सोने और मुद्रा की तस्करी को भी गिनाते हैं (bs-cbmp-2016), पर इससे एक ही सीमा दिखती है, एक ही गिरोह नहीं",
];

const sourceIds = new Set(readCsv("data/sources.csv").rows.map((r) => r.id));

describe.each(Object.entries(FILES))("data/i18n/hi/%s", (file, columns) => {
  const enFile = `data/${file}`;
  const hiFile = `data/i18n/hi/${file}`;
  it("exists", () => expect(existsSync(hiFile), hiFile).toBe(true));
  if (!existsSync(hiFile)) return;

  const en = readCsv(enFile);
  const hi = readCsv(hiFile);
  const enRows = byId(en);
  const hiRows = byId(hi);
  /** English rows with text to translate. */
  const shown = en.rows.filter((r) => columns.some((c) => cell(r, c)));
  /** Every translated cell, with its English original. */
  const pairs = hi.rows.flatMap((h) =>
    columns.map((c) => ({ id: h.id ?? "", column: c, en: cell(enRows.get(h.id ?? ""), c), hi: cell(h, c) })),
  );

  it("has the header id, the translated columns in order, then source_ids", () => {
    expect(hi.fields).toEqual(["id", ...columns, "source_ids"]);
  });

  it("uses only ids of the English file, each once", () => {
    const ids = hi.rows.map((r) => r.id ?? "");
    expect(ids.filter((id) => !enRows.has(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("has a row for every English row with text, each cell filled exactly where the English has text", () => {
    expect(shown.length).toBeGreaterThan(0);
    const problems = shown.flatMap((e) => {
      const h = hiRows.get(e.id ?? "");
      if (!h) return [`${e.id}: no Hindi row`];
      return columns.filter((c) => !cell(e, c) !== !cell(h, c)).map((c) => `${e.id}.${c}: filled ≠ English`);
    });
    expect(problems).toEqual([]);
    expect(hi.rows.length).toBe(shown.length);
  });

  it("translates every cell (none left as the English)", () => {
    expect(pairs.filter((p) => p.hi && p.hi === p.en).map((p) => `${p.id}.${p.column}`)).toEqual([]);
  });

  it("is at least 85 % Devanagari over the file, and every cell is mostly Devanagari", () => {
    const all = pairs.map((p) => p.hi).join("\n");
    expect(devanagariShare(all)).toBeGreaterThanOrEqual(0.85);
    const low = pairs
      .filter((p) => p.hi && devanagariShare(p.hi) < 0.6)
      .map((p) => `${p.id}.${p.column}: ${devanagariShare(p.hi).toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it("keeps every number of the English cell, with Indian grouping", () => {
    const problems = pairs.flatMap((p) => [
      ...missingNumbers(p.en, p.hi).map((n) => `${p.id}.${p.column}: lacks ${n}`),
      ...westernGrouping(p.hi).map((n) => `${p.id}.${p.column}: Western grouping ${n}`),
    ]);
    expect(problems).toEqual([]);
  });

  it("says दुर्व्यापार where the English says trafficking, and never uses the word for smuggling for it", () => {
    expect(smugglingWordProblems(pairs.map((p) => p.hi).join("\n"), HAND_CHECKED)).toEqual([]);
    const lacking = pairs
      .filter((p) => /traffick/i.test(p.en) && !p.hi.includes("दुर्व्यापार"))
      .map((p) => `${p.id}.${p.column}`);
    expect(lacking).toEqual([]);
    const smuggling = pairs
      .filter((p) => /smuggl/i.test(p.en) && !p.hi.includes("तस्कर"))
      .map((p) => `${p.id}.${p.column}`);
    expect(smuggling).toEqual([]);
  });

  it("cites only sources that exist", () => {
    const cited = hi.rows.flatMap((r) => cell(r, "source_ids").split(";").filter(Boolean));
    expect(cited.filter((s) => !sourceIds.has(s))).toEqual([]);
  });
});

describe("claims and recommendations in Hindi", () => {
  const tables = ["claims.csv", "recommendations.csv"].map((f) => ({
    en: byId(readCsv(`data/${f}`)),
    hi: readCsv(`data/i18n/hi/${f}`).rows,
  }));

  it("give one English section heading one Hindi heading", () => {
    const seen = new Map<string, Set<string>>();
    for (const { en, hi } of tables)
      for (const h of hi) {
        const e = cell(en.get(h.id ?? ""), "section");
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
      .filter((h) => verdict(cell(claims!.en.get(h.id ?? ""), "note")) !== verdict(cell(h, "note")))
      .map((h) => h.id);
    expect(wrong).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("measure Devanagari, leaving out acronyms and source ids", () => {
    expect(devanagariShare("BSF और SSB सीमा पर (bs-cbmp-2016)")).toBe(1);
    expect(devanagariShare("the border सीमा")).toBeLessThan(0.5);
  });

  it("group numbers the Indian way", () => {
    expect(["4500", "40000", "100000", "1234567", "150"].map(indianGrouping)).toEqual([
      "4,500",
      "40,000",
      "1,00,000",
      "12,34,567",
      "150",
    ]);
    expect(westernGrouping("1,00,000 और 4,500 और 40,000")).toEqual([]);
    expect(westernGrouping("100,000 लोग")).toEqual(["100,000"]);
  });

  it("find numbers the Hindi lost or grouped the Western way", () => {
    expect(missingNumbers("over 100,000 people in 2016", "2016 में 1,00,000 से ज़्यादा लोग")).toEqual([]);
    expect(missingNumbers("over 100,000 people", "100000 से ज़्यादा लोग")).toHaveLength(1);
    expect(missingNumbers("section 370 and 144", "धारा 370")).toEqual(["144"]);
    expect(missingNumbers("about 11 million people", "लगभग 1.1 करोड़ लोग")).toEqual([]);
    expect(missingNumbers("about 11 million people", "लगभग 11 लोग")).toHaveLength(1);
    expect(missingNumbers("call 10921", "10921 पर फ़ोन")).toEqual([]);
  });

  it("catch the word for smuggling used for trafficking", () => {
    expect(smugglingWordProblems("भारत में मानव तस्करी बढ़ी।")).toHaveLength(2);
    expect(smugglingWordProblems("लड़कियों की तस्करी हुई।")).toHaveLength(1);
    expect(smugglingWordProblems("एक तस्कर ने पैसे लिए।")).toHaveLength(1);
    expect(smugglingWordProblems("मानव दुर्व्यापार और प्रवासियों की तस्करी अलग अपराध हैं।")).toEqual([]);
    expect(smugglingWordProblems("प्रवासी-तस्कर ने किसी प्रवासी की तस्करी की।")).toEqual([]);
  });
});
