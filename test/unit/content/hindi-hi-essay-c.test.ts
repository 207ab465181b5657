/**
 * The Hindi essay chapters 10–13 (who acts, where it breaks, the way forward, sources and method) keep the shape of
 * their English originals (frontmatter, steps, charts, views, figures and glossary terms), are written in
 * Devanagari, and keep trafficking (दुर्व्यापार) and smuggling of migrants (प्रवासियों की तस्करी) apart.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const { load } = createRequire(import.meta.url)("js-yaml") as { load(text: string): unknown };

const CHAPTERS = ["10-who-acts", "11-where-it-breaks", "12-way-forward", "13-sources-and-method"] as const;
const EN_DIR = "src/content/essay/en";
const HI_DIR = "src/content/essay/hi";

interface ChapterStep {
  id: string;
  show: string;
  view?: unknown;
  slide: { headline: string; points: string[] };
  notes: string;
}
interface Chapter {
  title: string;
  order: number;
  summary: string;
  paperSections: string[];
  steps: ChapterStep[];
}
interface Parsed {
  front: Chapter;
  body: string;
}

/** Frontmatter (YAML between the first two `---` lines) and the MDX body after it. */
function parseChapter(text: string): Parsed {
  const lines = text.split("\n");
  if (lines[0] !== "---") throw new Error("chapter does not open with ---");
  const end = lines.indexOf("---", 1);
  if (end < 0) throw new Error("frontmatter is not closed");
  return { front: load(lines.slice(1, end).join("\n")) as Chapter, body: lines.slice(end + 1).join("\n") };
}

const chapter = (dir: string, name: string): Parsed =>
  parseChapter(readFileSync(join(dir, `${name}.mdx`), "utf8"));

/** Every id of a `<Tag id="…">` in document order. */
function tagIds(body: string, tag: string): string[] {
  const re = new RegExp(`<${tag}\\s[^>]*?id="([^"]*)"`, "g");
  return Array.from(body.matchAll(re), (m) => m[1]!);
}

const sorted = (xs: string[]) => [...xs].sort();

/** What translation must leave alone: keys, order, paper sections, and per step its id, chart, view and slide shape. */
function skeleton(c: Chapter) {
  return {
    keys: Object.keys(c).sort(),
    order: c.order,
    paperSections: c.paperSections,
    steps: c.steps.map((s) => ({
      keys: Object.keys(s).sort(),
      id: s.id,
      show: s.show,
      view: s.view ?? null,
      slideKeys: Object.keys(s.slide).sort(),
      points: s.slide.points.length,
    })),
  };
}

/** What a reader sees: title, summary, slides and notes, and the body with its tags and link targets removed. */
function readerText({ front, body }: Parsed): string {
  const prose = body.replace(/\]\([^)]*\)/g, "]").replace(/<[^>]*>/g, " ");
  return [
    front.title,
    front.summary,
    ...front.steps.flatMap((s) => [s.slide.headline, ...s.slide.points, s.notes]),
    prose,
  ].join("\n");
}

/** An acronym: a word with two or more capitals and no lowercase run longer than one letter (NGO, CrPC, BNSS, IT). */
const isAcronym = (word: string) => /^(?=(?:.*[A-Z]){2})(?:[A-Z]|[A-Z][a-z](?![a-z]))+$/.test(word);

/** The share of letters that are Devanagari, acronyms left out. */
function devanagariShare(text: string): number {
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
  return all === 0 ? 0 : deva / all;
}

/** Sentences, split at the danda, ? and ! and at line breaks. */
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[।?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Words with their punctuation stripped, so "तस्करी," and "(प्रवासियों" compare cleanly. */
const wordsOf = (sentence: string) =>
  sentence
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{M}-]+|[^\p{L}\p{M}-]+$/gu, ""))
    .filter(Boolean);

/**
 * Why a sentence may read "तस्करी" as trafficking, or undefined if it does not: the word must always be the smuggling
 * term "प्रवासियों की तस्करी", and "मानव" must not stand within five words of it (except in "मानव दुर्व्यापार"); a
 * smuggler is "प्रवासी-तस्कर", or "तस्कर" in a sentence that already names the smuggling of migrants.
 */
function misuse(sentence: string): string | undefined {
  const words = wordsOf(sentence);
  for (const [i, w] of words.entries()) {
    if (w.includes("तस्करी")) {
      if (!(w === "तस्करी" && words[i - 1] === "की" && words[i - 2] === "प्रवासियों"))
        return `"${w}" is not part of "प्रवासियों की तस्करी"`;
      const near = words.slice(Math.max(0, i - 5), i + 6);
      if (
        near.some(
          (v, j) =>
            v.startsWith("मानव") && near[j + 1] !== "दुर्व्यापार" && !near[j + 1]?.startsWith("दुर्व्यापार-"),
        )
      )
        return '"मानव" next to "तस्करी"';
    } else if (/तस्कर/.test(w) && !/^प्रवासी-तस्कर/.test(w) && !sentence.includes("प्रवासियों की तस्करी")) {
      return `"${w}" for a smuggler without saying whose smuggling`;
    }
  }
  return undefined;
}

describe.each(CHAPTERS)("Hindi chapter %s", (name) => {
  const hiPath = join(HI_DIR, `${name}.mdx`);

  it("exists", () => {
    expect(existsSync(hiPath)).toBe(true);
  });

  it("has the English frontmatter's keys, order, paper sections, step ids, charts and views", () => {
    expect(skeleton(chapter(HI_DIR, name).front)).toEqual(skeleton(chapter(EN_DIR, name).front));
  });

  it("translates the title, summary, every headline, point and note", () => {
    const en = chapter(EN_DIR, name).front;
    const hi = chapter(HI_DIR, name).front;
    const texts = (c: Chapter) => [
      c.title,
      c.summary,
      ...c.steps.flatMap((s) => [s.slide.headline, ...s.slide.points, s.notes]),
    ];
    const enTexts = texts(en);
    texts(hi).forEach((t, i) => {
      expect(t.trim(), `field ${i}`).not.toBe("");
      expect(t, `field ${i}`).not.toBe(enTexts[i]);
      expect(devanagariShare(t), `field ${i}: ${t}`).toBeGreaterThan(0.5);
    });
  });

  it.each(["Step", "Num", "Term"])("has the same multiset of <%s> ids in the body", (tag) => {
    expect(sorted(tagIds(chapter(HI_DIR, name).body, tag))).toEqual(
      sorted(tagIds(chapter(EN_DIR, name).body, tag)),
    );
  });

  it("has one <Step> block per frontmatter step, in the same order, each closed", () => {
    const hi = chapter(HI_DIR, name);
    expect(tagIds(hi.body, "Step")).toEqual(hi.front.steps.map((s) => s.id));
    expect(hi.body.match(/<\/Step>/g)?.length).toBe(hi.front.steps.length);
  });

  it("is at least 85 % Devanagari in its reader-visible text", () => {
    expect(devanagariShare(readerText(chapter(HI_DIR, name)))).toBeGreaterThanOrEqual(0.85);
  });

  it('uses "तस्करी" only for the smuggling of migrants, never for trafficking', () => {
    const sentences = sentencesOf(readerText(chapter(HI_DIR, name)));
    // Printed for a reading by hand: each of these sentences must be about smuggling of migrants.
    for (const s of sentences.filter((x) => x.includes("तस्कर"))) console.info(`${name}: ${s}`);
    const bad = sentences.flatMap((s) => {
      const why = misuse(s);
      return why ? [`${why}: ${s}`] : [];
    });
    expect(bad).toEqual([]);
  });
});

describe("the checks of this file", () => {
  it("parses frontmatter and body apart, and refuses a file without frontmatter", () => {
    const p = parseChapter('---\ntitle: "क"\norder: 3\n---\n\n<Step id="a">x</Step>\n');
    expect(p.front.title).toBe("क");
    expect(p.front.order).toBe(3);
    expect(p.body).toContain('<Step id="a">');
    expect(() => parseChapter("title: x\n")).toThrow();
  });

  it("sees a changed step id, chart or view", () => {
    const base: Chapter = {
      title: "t",
      order: 1,
      summary: "s",
      paperSections: ["A"],
      steps: [{ id: "a", show: "m", view: { zoom: 1 }, slide: { headline: "h", points: ["p"] }, notes: "n" }],
    };
    for (const change of [
      (c: Chapter) => (c.steps[0]!.id = "b"),
      (c: Chapter) => (c.steps[0]!.show = "other"),
      (c: Chapter) => (c.steps[0]!.view = { zoom: 2 }),
      (c: Chapter) => (c.paperSections = ["B"]),
    ]) {
      const changed = structuredClone(base);
      change(changed);
      expect(skeleton(changed)).not.toEqual(skeleton(base));
    }
  });

  it("counts ids as a multiset", () => {
    expect(sorted(tagIds('<Num id="b"/> <Num id="a"/> <Num id="b"/>', "Num"))).toEqual(["a", "b", "b"]);
    expect(sorted(tagIds('<Num id="a"/>', "Num"))).not.toEqual(
      sorted(tagIds('<Num id="a"/><Num id="a"/>', "Num")),
    );
    expect(tagIds('<Term id="ahtu">इकाई</Term>', "Term")).toEqual(["ahtu"]);
  });

  it("measures Devanagari, leaving acronyms out but not English words", () => {
    expect(devanagariShare("राष्ट्रीय अन्वेषण अभिकरण (NIA), NGO और CrPC")).toBe(1);
    expect(devanagariShare("Prevention and protection, रोकथाम")).toBeLessThan(0.85);
    expect(devanagariShare("")).toBe(0);
  });

  it('flags "तस्करी" for trafficking and passes the smuggling terms', () => {
    expect(misuse("भारत में मानव तस्करी बढ़ी है।")).toBeDefined();
    expect(misuse("सीमा पर तस्करी होती है।")).toBeDefined();
    expect(misuse("बच्चों की तस्करी रोकनी होगी।")).toBeDefined();
    expect(misuse("मानव अंगों और प्रवासियों की तस्करी।")).toBeDefined();
    expect(misuse("तस्कर नाव छोड़ गए।")).toBeDefined();
    expect(misuse("मानव दुर्व्यापार और प्रवासियों की तस्करी अलग अपराध हैं।")).toBeUndefined();
    expect(misuse("ताकि कम लोगों को किसी प्रवासी-तस्कर की ज़रूरत पड़े।")).toBeUndefined();
    expect(misuse("प्रवासियों की तस्करी में तस्कर पैसे लेता है।")).toBeUndefined();
  });
});
