/**
 * What the tests of the Hindi edition share: reading a chapter and a CSV overlay, measuring how much of a text is
 * Devanagari, finding the word for smuggling used for trafficking, and comparing the numbers of an English text with
 * its Hindi one. Each checker returns the problems it finds (an empty list when there are none), so a test can print
 * every problem at once.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Papa from "papaparse";

// js-yaml comes with Astro (it parses content frontmatter); it ships no types, so it is loaded untyped.
const { load } = createRequire(import.meta.url)("js-yaml") as { load(text: string): unknown };

// ---------------------------------------------------------------------------------------------------------------
// Chapters

export interface ChapterStep {
  id: string;
  show: string;
  view?: unknown;
  slide: { headline: string; points: string[] };
  notes: string;
}
export interface ChapterFront {
  title: string;
  order: number;
  summary: string;
  paperSections: string[];
  steps: ChapterStep[];
}
export interface Chapter {
  front: ChapterFront;
  body: string;
}

/** The chapter names (file names without `.mdx`) in a folder, sorted. */
export const chapterNames = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.slice(0, -".mdx".length))
    .sort();

/** The frontmatter (YAML between the opening `---` line and the next one) and the MDX body after it. */
export function parseChapter(text: string, file = "chapter"): Chapter {
  if (!text.startsWith("---\n")) throw new Error(`${file}: no frontmatter`);
  const end = text.indexOf("\n---\n", 3);
  if (end < 0) throw new Error(`${file}: frontmatter not closed`);
  return { front: load(text.slice(4, end)) as ChapterFront, body: text.slice(end + 5) };
}

export const readChapter = (file: string): Chapter => parseChapter(readFileSync(file, "utf8"), file);

/** Every id of a `<Tag … id="…">` in the body, in order of appearance. */
export const tagIds = (body: string, tag: string): string[] =>
  Array.from(body.matchAll(new RegExp(`<${tag}\\b[^>]*?\\bid="([^"]*)"`, "g")), (m) => m[1] ?? "");

export const sorted = (xs: readonly string[]): string[] => [...xs].sort();

/** What translation must leave alone: keys, order, paper sections, and per step its id, chart, view and slide shape. */
export function chapterShape(f: ChapterFront) {
  return {
    keys: Object.keys(f).sort(),
    order: f.order,
    paperSections: f.paperSections,
    steps: f.steps.map((s) => ({
      keys: Object.keys(s).sort(),
      id: s.id,
      show: s.show,
      view: s.view ?? null,
      slideKeys: Object.keys(s.slide).sort(),
      points: s.slide.points.length,
    })),
  };
}

/** The translated fields of the frontmatter, in a fixed order: title, summary, then per step headline, points, notes. */
export const frontTexts = (f: ChapterFront): string[] => [
  f.title,
  f.summary,
  ...f.steps.flatMap((s) => [s.slide.headline, ...s.slide.points, s.notes]),
];

/** The text a reader sees in the body: link targets and tags' markup removed (the words inside <Term> stay). */
export const visibleBody = (body: string): string =>
  body.replace(/\]\([^)]*\)/g, "]").replace(/<[^>]*>/g, " ");

// ---------------------------------------------------------------------------------------------------------------
// CSV overlays

export type Row = Record<string, string>;
export interface Table {
  fields: string[];
  rows: Row[];
  /** `file:line: message` for every parse error. */
  errors: string[];
}

export function readCsv(file: string): Table {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  return {
    fields: parsed.meta.fields ?? [],
    rows: parsed.data,
    errors: parsed.errors.map((e) => `${file}:${(e.row ?? 0) + 2}: ${e.message}`),
  };
}

/** A cell, trimmed; "" for a missing row or column. */
export const cell = (row: Row | undefined, column: string): string => (row?.[column] ?? "").trim();

/** Every file below a folder, as paths relative to it with forward slashes, sorted. */
export function filesBelow(dir: string, ext: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split("\\").join("/"))
    .filter((f) => f.endsWith(ext))
    .sort();
}

// ---------------------------------------------------------------------------------------------------------------
// Devanagari

/** An acronym: two or more capitals and no lowercase run longer than one letter (BSF, UNHCR, CrPC, MoU, II). */
export const isAcronym = (word: string): boolean =>
  /^(?=(?:.*[A-Z]){2})(?:[A-Z]|[A-Z][a-z](?![a-z]))+$/.test(word);

/** Row and source ids (bd-total, pib-mha-ibb-fencing-2010) and coded values (free_movement) cited in a note. */
export const CITED_ID = /\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b/g;

export interface ShareOptions {
  /** Leave out web addresses and cited ids (CITED_ID): for data notes, which cite them; never for prose. */
  citations?: boolean;
  /**
   * Names that stay in their original language (source and document titles). One is left out only where `english`
   * names it too, so English prose cannot hide behind the list.
   */
  names?: readonly string[];
  english?: string;
}

/**
 * The share of letters that are Devanagari, acronyms (and with `options`, addresses, cited ids and names) left out;
 * undefined when no letter is left to count.
 */
export function devanagariShare(text: string, options: ShareOptions = {}): number | undefined {
  let rest = text;
  if (options.citations) rest = rest.replace(/https?:\/\/\S+/g, " ").replace(CITED_ID, " ");
  for (const name of options.names ?? [])
    if (options.english?.includes(name)) rest = rest.split(name).join(" ");
  let deva = 0;
  let all = 0;
  for (const word of rest.split(/[^\p{L}\p{M}]+/u)) {
    if (word === "" || isAcronym(word)) continue;
    for (const ch of word) {
      if (!/\p{L}/u.test(ch)) continue;
      all += 1;
      if (/\p{Script=Devanagari}/u.test(ch)) deva += 1;
    }
  }
  return all === 0 ? undefined : deva / all;
}

// ---------------------------------------------------------------------------------------------------------------
// Trafficking (दुर्व्यापार) and the smuggling of migrants (प्रवासियों की तस्करी)

/** Sentences: split at the danda, ? and ! and at line ends, trimmed. */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/[।?!\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Words with the punctuation around them dropped (hyphens stay: "प्रवासी-तस्कर" is one word). */
export const wordsOf = (text: string): string[] =>
  text
    .split(/[\s,;:()[\]{}“”"‘’'।?!.…—–/*]+/)
    .map((w) => w.replace(/^[^\p{L}\p{M}-]+|[^\p{L}\p{M}-]+$/gu, ""))
    .filter(Boolean);

/**
 * Whether "मानव" (human) stands too near the "तस्कर…" word at `i`: within four words either side, or five unless it
 * opens "मानव दुर्व्यापार" (five words apart is "मानव दुर्व्यापार और प्रवासियों की तस्करी", naming the two crimes side
 * by side).
 */
function humanNear(words: readonly string[], i: number): boolean {
  return words.some((w, j) => {
    const d = Math.abs(i - j);
    if (d > 5 || !w.includes("मानव")) return false;
    return d <= 4 || !words[j + 1]?.startsWith("दुर्व्यापार");
  });
}

/**
 * Every misuse of the word for smuggling in a Hindi text:
 * - "मानव" next to a "तस्कर…" word (see `humanNear`; the news phrase "मानव तस्करी" means trafficking), across
 *   sentence ends too;
 * - "तस्करी" other than in the term "प्रवासियों की तस्करी";
 * - "तस्कर" (smuggler) other than as "प्रवासी-तस्कर";
 * the last two unless the whole sentence (as `sentencesOf` gives it) was read by hand and listed in `handChecked`.
 */
export function smugglingWordProblems(text: string, handChecked: readonly string[] = []): string[] {
  const problems: string[] = [];
  const all = wordsOf(text);
  all.forEach((w, i) => {
    if (w.includes("तस्कर") && humanNear(all, i))
      problems.push(`"मानव" next to "${w}": ${all.slice(Math.max(0, i - 5), i + 6).join(" ")}`);
  });
  for (const sentence of sentencesOf(text)) {
    if (handChecked.includes(sentence)) continue;
    const words = wordsOf(sentence);
    words.forEach((w, i) => {
      if (w.includes("तस्करी")) {
        const term = w === "तस्करी" && words[i - 1] === "की" && words[i - 2] === "प्रवासियों";
        if (!term) problems.push(`"${w}" not in "प्रवासियों की तस्करी": ${sentence}`);
      } else if (w.includes("तस्कर") && !w.startsWith("प्रवासी-तस्कर")) {
        problems.push(`"${w}" not as "प्रवासी-तस्कर": ${sentence}`);
      }
    });
  }
  return problems;
}

/**
 * The terms an English text asks of its Hindi: "trafficking" needs "दुर्व्यापार"; "smuggling" needs the word for it
 * ("तस्कर…"); and "तस्कर…" may stand only where the English speaks of smuggling.
 */
export function termProblems(english: string, hindi: string): string[] {
  const problems: string[] = [];
  if (/traffick/i.test(english) && !hindi.includes("दुर्व्यापार"))
    problems.push('the English says trafficking and the Hindi has no "दुर्व्यापार"');
  if (/smuggl/i.test(english) && !hindi.includes("तस्कर"))
    problems.push('the English says smuggling and the Hindi has no "तस्कर…"');
  if (hindi.includes("तस्कर") && !/smuggl/i.test(english))
    problems.push('"तस्कर…" where the English does not say smuggling');
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers

/** A number written the Indian way: 4,500; 40,000; 1,00,000; 12,34,567. */
export function indianGrouping(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3);
  return `${head.replace(/\B(?=(\d{2})+$)/g, ",")},${digits.slice(-3)}`;
}

/** Every number in a text, as a digit run with its grouping commas removed (3,239.92 gives 3239 and 92). */
export const numbersOf = (text: string): string[] =>
  Array.from(text.matchAll(/\d(?:[\d,]*\d)?/g), (m) => m[0].replace(/,/g, ""));

/** "N million" in lakh or crore: 11 million is "1.1 करोड़", 3.3 million "33 लाख". */
export function lakhCrore(millions: number): string {
  const n = millions * 1e6;
  return n >= 1e7 ? `${+(n / 1e7).toFixed(2)} करोड़` : `${+(n / 1e5).toFixed(2)} लाख`;
}

export interface NumberOptions {
  /** "N million" must appear in its lakh or crore form (default true). */
  millionsInLakhCrore?: boolean;
  /** The digits of "N million" must appear too, as every other number's do (default true). */
  millionsAsDigits?: boolean;
}

/**
 * Every number of an English text that its Hindi lacks. Numbers are compared as digit runs with their commas
 * removed, counted ("2015 … 2015" needs both); a number the English groups with commas must appear in Indian
 * grouping; "N million" is handled as `options` say.
 */
export function missingNumbers(english: string, hindi: string, options: NumberOptions = {}): string[] {
  const { millionsInLakhCrore = true, millionsAsDigits = true } = options;
  const missing: string[] = [];
  let rest = english;
  for (const m of english.matchAll(/(\d+(?:\.\d+)?) million\b/g)) {
    const form = lakhCrore(Number(m[1]));
    if (millionsInLakhCrore && !hindi.includes(form)) missing.push(`${m[0]} (as "${form}")`);
    if (!millionsAsDigits) rest = rest.replace(m[0], " ");
  }
  for (const m of rest.matchAll(/\d{1,3}(?:,\d{3})+(?!\d)/g)) {
    const grouped = indianGrouping(m[0].replace(/,/g, ""));
    if (!new RegExp(`(?<![\\d,])${grouped}(?![\\d,])`).test(hindi)) missing.push(`${m[0]} (as "${grouped}")`);
  }
  const left = numbersOf(hindi);
  for (const n of numbersOf(rest)) {
    const i = left.indexOf(n);
    if (i < 0) missing.push(n);
    else left.splice(i, 1);
  }
  return missing;
}

/**
 * Numbers in a Hindi text written with commas that are not in Indian grouping (100,000), or of five or more digits
 * with no commas at all (150000). Digits inside cited ids and after a decimal point are not counts and are left
 * alone, and so are the `notCounts` (phone numbers and codes, checked by hand) written as listed.
 */
export function badGrouping(hindi: string, notCounts: readonly string[] = []): string[] {
  const text = hindi.replace(CITED_ID, " ");
  return Array.from(text.matchAll(/(?<![\d.])\d(?:[\d,]*\d)?/g), (m) => m[0]).filter((n) =>
    n.includes(",") ? !/^\d{1,2}(?:,\d{2})*,\d{3}$/.test(n) : n.length >= 5 && !notCounts.includes(n),
  );
}
