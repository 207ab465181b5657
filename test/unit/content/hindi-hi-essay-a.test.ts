/**
 * The Hindi chapters 01 to 05 against their English originals: the same frontmatter structure and step ids, the
 * same figures and glossary terms in the prose, Devanagari text, and the essay's central distinction kept:
 * "दुर्व्यापार" for trafficking, "प्रवासियों की तस्करी" for smuggling of migrants, never "मानव तस्करी".
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// js-yaml comes with Astro (it parses content frontmatter); it ships no types, so it is loaded untyped.
const { load } = createRequire(import.meta.url)("js-yaml") as { load(text: string): unknown };

const CHAPTERS = ["01-three-borders", "02-words-matter", "03-the-nexus", "04-drivers", "05-bangladesh"];
const en = (c: string) => `src/content/essay/en/${c}.mdx`;
const hi = (c: string) => `src/content/essay/hi/${c}.mdx`;

interface Step {
  id: string;
  show: string;
  view?: unknown;
  slide: { headline: string; points: string[] };
  notes: string;
}
interface Front {
  title: string;
  order: number;
  summary: string;
  paperSections: string[];
  steps: Step[];
}

/** The frontmatter (parsed as YAML) and the body of an MDX file. */
function read(file: string): { front: Front; body: string } {
  const text = readFileSync(file, "utf8");
  if (!text.startsWith("---\n")) throw new Error(`${file}: no frontmatter`);
  const end = text.indexOf("\n---\n", 4);
  if (end < 0) throw new Error(`${file}: frontmatter not closed`);
  return { front: load(text.slice(4, end)) as Front, body: text.slice(end + 5) };
}

/** Every id of a component in the body, in order of appearance. */
const ids = (body: string, tag: string): string[] =>
  [...body.matchAll(new RegExp(`<${tag}\\s+id="([^"]*)"`, "g"))].map((m) => m[1] ?? "");
const sorted = (xs: string[]) => [...xs].sort();

/** The text a reader sees in the body: tags' markup removed (the words inside <Term> stay). */
const visible = (body: string): string => body.replace(/<[^>]*>/g, " ");
/** The translated frontmatter text: title, summary, slides and notes. */
const frontText = (f: Front): string =>
  [f.title, f.summary, ...f.steps.flatMap((s) => [s.slide.headline, ...s.slide.points, s.notes])].join("\n");

/** Share of letters that are Devanagari, acronyms (a Latin word with two or more capitals: BSF, CrPC) left out. */
export function devanagariShare(text: string): number {
  const rest = text.replace(/[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*/g, " ");
  const letters = [...rest].filter((ch) => /\p{L}/u.test(ch));
  const deva = letters.filter((ch) => /\p{Script=Devanagari}/u.test(ch));
  return letters.length ? deva.length / letters.length : 0;
}

/** Sentences (split at danda, ?, ! and line ends) that contain a word. */
const sentencesWith = (text: string, word: string): string[] =>
  text
    .split(/[।?!\n]/)
    .map((s) => s.trim())
    .filter((s) => s.includes(word));

/**
 * Every problem with the words for trafficking and smuggling: "तस्करी" within four words of "मानव"; "तस्करी"
 * not as "प्रवासियों/प्रवासी की तस्करी" (unless its sentence was checked by hand and listed); "तस्कर" (smuggler)
 * not as "प्रवासी-तस्कर".
 */
export function smugglingWordProblems(text: string, handChecked: readonly string[] = []): string[] {
  const problems: string[] = [];
  const words = text.split(/[\s,;:()“”"‘’।?!.—–]+/).filter(Boolean);
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

/** Sentences with "तस्करी" read by hand and found to mean smuggling although not written "प्रवासियों की तस्करी". */
const HAND_CHECKED: readonly string[] = [];

describe.each(CHAPTERS)("Hindi chapter %s", (chapter) => {
  it("exists", () => {
    expect(existsSync(hi(chapter)), hi(chapter)).toBe(true);
  });

  const E = read(en(chapter));
  const H = existsSync(hi(chapter)) ? read(hi(chapter)) : undefined;
  const h = () => {
    if (!H) throw new Error(`${hi(chapter)} is missing`);
    return H;
  };

  it("has the English frontmatter's keys, order, paper sections, and steps' ids, figures and views in order", () => {
    const { front } = h();
    expect(Object.keys(front).sort()).toEqual(Object.keys(E.front).sort());
    expect(front.order).toBe(E.front.order);
    expect(front.paperSections).toEqual(E.front.paperSections);
    const shape = (f: Front) =>
      f.steps.map((s) => ({
        keys: Object.keys(s).sort(),
        id: s.id,
        show: s.show,
        view: s.view,
        points: s.slide.points.length,
      }));
    expect(shape(front)).toEqual(shape(E.front));
  });

  it("translates the title, summary, slides and notes (none left in English)", () => {
    const { front } = h();
    expect(front.title).not.toBe(E.front.title);
    expect(front.summary).not.toBe(E.front.summary);
    front.steps.forEach((s, i) => {
      const e = E.front.steps[i];
      expect(s.slide.headline).not.toBe(e?.slide.headline);
      expect(s.notes).not.toBe(e?.notes);
    });
    expect(devanagariShare(frontText(front))).toBeGreaterThanOrEqual(0.85);
  });

  it("has the same <Step>s in order, and the same <Num> and <Term> ids", () => {
    const { body } = h();
    expect(ids(body, "Step")).toEqual(ids(E.body, "Step"));
    expect(sorted(ids(body, "Num"))).toEqual(sorted(ids(E.body, "Num")));
    expect(sorted(ids(body, "Term"))).toEqual(sorted(ids(E.body, "Term")));
  });

  it("is at least 85 % Devanagari in its prose", () => {
    expect(devanagariShare(visible(h().body))).toBeGreaterThanOrEqual(0.85);
  });

  it("says दुर्व्यापार for trafficking and never uses the word for smuggling for it", () => {
    const text = `${frontText(h().front)}\n${visible(h().body)}`;
    expect(smugglingWordProblems(text, HAND_CHECKED)).toEqual([]);
    if (/traffick/i.test(`${frontText(E.front)}${E.body}`)) expect(text).toContain("दुर्व्यापार");
    if (/smuggl/i.test(`${frontText(E.front)}${E.body}`))
      expect(text).toMatch(/प्रवासि?(?:यों|ी) की तस्करी|प्रवासी-तस्कर/);
  });
});

describe("the checks themselves", () => {
  it("measure Devanagari and leave acronyms out", () => {
    expect(devanagariShare("BSF और SSB सीमा पर")).toBe(1);
    expect(devanagariShare("the border सीमा")).toBeLessThan(0.5);
  });

  it("catch the word for smuggling used for trafficking", () => {
    expect(smugglingWordProblems("भारत में मानव तस्करी बढ़ी।")).toHaveLength(2);
    expect(smugglingWordProblems("मानवों की अवैध तस्करी बढ़ी।")).toHaveLength(2);
    expect(smugglingWordProblems("प्रवासियों की तस्करी, मानव के साथ होने वाला अपराध।")).toHaveLength(1);
    expect(smugglingWordProblems("मानव दुर्व्यापार और प्रवासियों की तस्करी अलग अपराध हैं।")).toEqual([]);
    expect(smugglingWordProblems("लड़कियों की तस्करी हुई।")).toHaveLength(1);
    expect(smugglingWordProblems("एक तस्कर ने पैसे लिए।")).toHaveLength(1);
    expect(smugglingWordProblems("प्रवासी-तस्कर ने किसी प्रवासी की तस्करी की; दुर्व्यापार अलग है।")).toEqual([]);
    expect(smugglingWordProblems("लड़कियों की तस्करी हुई।", ["लड़कियों की तस्करी हुई"])).toEqual([]);
  });

  it("find every id of a component", () => {
    expect(ids('<Num id="a"/> और <Num id="b"/>; <Term id="t">x</Term>', "Num")).toEqual(["a", "b"]);
  });
});
