/**
 * The Hindi essay chapters 06–09 match their English originals in structure (frontmatter keys, steps, charts,
 * figures and glossary terms), are written in Devanagari, and never call trafficking "तस्करी".
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const yaml = createRequire(import.meta.url)("js-yaml") as { load(text: string): unknown };

const CHAPTERS = ["06-nepal", "07-myanmar-and-the-sea", "08-beyond-south-asia", "09-law-over-time"];
const EN = "src/content/essay/en";
const HI = "src/content/essay/hi";

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

function split(text: string): { front: Front; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error("no frontmatter");
  return { front: yaml.load(m[1]!) as Front, body: m[2]! };
}

const read = (dir: string, name: string) => split(readFileSync(join(dir, `${name}.mdx`), "utf8"));

/** The ids of every `<Tag id="…">` in the body, sorted, so two bodies compare as multisets. */
function ids(body: string, tag: string): string[] {
  return [...body.matchAll(new RegExp(`<${tag}\\b[^>]*\\bid="([^"]+)"`, "g"))].map((m) => m[1]!).sort();
}

/** The structure that must not change in translation: keys, order, paper sections, step ids, charts, views. */
function shape(f: Front) {
  return {
    keys: Object.keys(f).sort(),
    order: f.order,
    paperSections: f.paperSections,
    steps: f.steps.map((s) => ({
      keys: Object.keys(s).sort(),
      slideKeys: Object.keys(s.slide).sort(),
      id: s.id,
      show: s.show,
      view: s.view,
      points: s.slide.points.length,
    })),
  };
}

/** The reader-visible text: body without tag markup, plus title, summary, slides and notes. */
function visible(front: Front, body: string): string {
  const slides = front.steps.flatMap((s) => [s.slide.headline, ...s.slide.points, s.notes]);
  return [front.title, front.summary, ...slides, body.replace(/<[^>]*>/g, " ")].join("\n");
}

/** Share of letters that are Devanagari, not counting acronyms (two or more capitals: SSB, CrPC, MoU). */
function devanagariShare(text: string): number {
  const words = text
    .split(/[\s()[\]{}.,;:!?'"*–—/-]+/)
    .filter((w) => !/^[A-Za-z]*[A-Z][a-z]*[A-Z][A-Za-z]*$/.test(w));
  const letters = words.join(" ").match(/\p{L}/gu) ?? [];
  const deva = letters.filter((c) => /\p{Script=Devanagari}/u.test(c)).length;
  return letters.length === 0 ? 0 : deva / letters.length;
}

const sentences = (text: string) => text.split(/(?<=[।?!])\s+|\n+/).filter((s) => s.trim() !== "");

/** Every sentence that uses "तस्करी", for a reading by hand. */
const withSmugglingWord = (text: string) => sentences(text).filter((s) => s.includes("तस्करी"));

/**
 * Sentences where "तस्करी" could be read as trafficking: "मानव" a few words around it (except in "मानव
 * दुर्व्यापार"), or the word outside the smuggling term "प्रवासियों की तस्करी".
 */
function smugglingWordMisused(text: string): string[] {
  return withSmugglingWord(text).filter((s) => {
    const words = s.split(/\s+/);
    return words.some((w, i) => {
      if (!w.includes("तस्करी")) return false;
      const human = words
        .slice(Math.max(0, i - 4), i + 5)
        .some((v, j, near) => v.startsWith("मानव") && !near[j + 1]?.startsWith("दुर्व्यापार"));
      return human || !(words[i - 2] === "प्रवासियों" && words[i - 1] === "की");
    });
  });
}

describe.each(CHAPTERS)("Hindi chapter %s", (name) => {
  it("exists", () => {
    expect(existsSync(join(HI, `${name}.mdx`))).toBe(true);
  });

  it("keeps the English frontmatter's structure, step ids, charts and views", () => {
    const en = read(EN, name);
    const hi = read(HI, name);
    expect(shape(hi.front)).toEqual(shape(en.front));
  });

  it("translates every text field", () => {
    const en = read(EN, name).front;
    const hi = read(HI, name).front;
    expect(hi.title).not.toBe(en.title);
    expect(hi.summary).not.toBe(en.summary);
    hi.steps.forEach((s, i) => {
      expect(s.slide.headline).not.toBe(en.steps[i]!.slide.headline);
      expect(s.notes).not.toBe(en.steps[i]!.notes);
    });
  });

  it.each(["Step", "Num", "Term"])("has the same <%s> ids in the body", (tag) => {
    expect(ids(read(HI, name).body, tag)).toEqual(ids(read(EN, name).body, tag));
  });

  it("keeps the steps in the English order, one block per step", () => {
    const hi = read(HI, name);
    const order = [...hi.body.matchAll(/<Step id="([^"]+)">/g)].map((m) => m[1]);
    expect(order).toEqual(read(EN, name).front.steps.map((s) => s.id));
  });

  it("is at least 85 % Devanagari in its visible text", () => {
    const { front, body } = read(HI, name);
    expect(devanagariShare(visible(front, body))).toBeGreaterThanOrEqual(0.85);
  });

  it('uses "तस्करी" only in "प्रवासियों की तस्करी" (smuggling), never for trafficking', () => {
    const { front, body } = read(HI, name);
    const text = visible(front, body);
    // Printed for a reading by hand: each of these must be about smuggling of migrants.
    for (const s of withSmugglingWord(text)) console.info(`${name}: ${s.trim()}`);
    expect(smugglingWordMisused(text)).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("compares ids as multisets", () => {
    expect(ids('<Num id="a"/> x <Num id="b"/> <Num id="a"/>', "Num")).toEqual(["a", "a", "b"]);
    expect(ids('<Num id="a"/>', "Num")).not.toEqual(ids('<Num id="a"/><Num id="a"/>', "Num"));
  });

  it("measures Devanagari and ignores acronyms", () => {
    expect(devanagariShare("भारत की सीमा SSB, NGO और CrPC")).toBe(1);
    expect(devanagariShare("The border is open, सीमा खुली है")).toBeLessThan(0.85);
  });

  it('flags "तस्करी" used for trafficking and passes the smuggling term', () => {
    expect(smugglingWordMisused("नेपाल में मानव तस्करी बढ़ी है।")).toHaveLength(1);
    expect(smugglingWordMisused("सीमा पर तस्करी होती है।")).toHaveLength(1);
    expect(smugglingWordMisused("मानवों की तस्करी रोकनी होगी।")).toHaveLength(1);
    expect(smugglingWordMisused("मानव और प्रवासियों की तस्करी एक नहीं।")).toHaveLength(1);
    expect(smugglingWordMisused("मानव दुर्व्यापार और प्रवासियों की तस्करी अलग अपराध हैं। तस्कर नाव छोड़ गए।")).toEqual(
      [],
    );
  });

  it("sees a changed step id or chart", () => {
    const f: Front = {
      title: "t",
      order: 1,
      summary: "s",
      paperSections: [],
      steps: [{ id: "a", show: "m", slide: { headline: "h", points: [] }, notes: "n" }],
    };
    const g = structuredClone(f);
    g.steps[0]!.show = "other";
    expect(shape(g)).not.toEqual(shape(f));
  });
});
