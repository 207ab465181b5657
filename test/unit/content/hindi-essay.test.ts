/**
 * Every Hindi essay chapter against its English original (the chapters are read from src/content/essay/en, so a new
 * chapter is covered as soon as it exists): the same frontmatter structure, step ids, charts and views, the same
 * figures and glossary terms in the prose, every text translated into Devanagari, and the essay's central
 * distinction kept: "दुर्व्यापार" for trafficking, "प्रवासियों की तस्करी" for smuggling of migrants, never "मानव
 * तस्करी".
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  chapterNames,
  chapterShape,
  devanagariShare,
  frontTexts,
  readChapter,
  sentencesOf,
  smugglingWordProblems,
  sorted,
  tagIds,
  termProblems,
  visibleBody,
  type Chapter,
} from "../../support/hindi.ts";

const EN_DIR = "src/content/essay/en";
const HI_DIR = "src/content/essay/hi";
const CHAPTERS = chapterNames(EN_DIR);

/**
 * Sentences read by hand and found to mean the smuggling of migrants although not written "प्रवासियों की तस्करी" or
 * "प्रवासी-तस्कर": 02 speaks of one migrant ("किसी प्रवासी की तस्करी"); in 07 the smugglers are those of the boats
 * the sentence is about.
 */
const HAND_CHECKED: readonly string[] = [
  "दूसरी ओर, किसी प्रवासी की तस्करी हो सकती है और उसका दुर्व्यापार कभी न हो, बशर्ते रास्ते में कहीं पैसे का यह सौदा किसी पर नियंत्रण में न बदल जाए",
  "2012 से 2015 तक नावों से उतारे गए लोगों को थाईलैंड–मलेशिया सीमा के पास शिविरों में फिरौती के लिए बंधक रखा गया, और कुछ को खेतों या मछली पकड़ने के काम के लिए बेच दिया गया; मई 2015 में तस्कर नावों को बीच समुद्र में छोड़कर चले गए",
];

/** The translated frontmatter text: title, summary, slides and notes. */
const frontText = (c: Chapter) => frontTexts(c.front).join("\n");
/** Everything a reader sees: the frontmatter text and the body's prose. */
const readerText = (c: Chapter) => `${frontText(c)}\n${visibleBody(c.body)}`;
/** The English text less the titles the Hindi keeps in English (an italic span found verbatim in the Hindi). */
const notKept = (english: string, hindi: string) =>
  english.replace(/\*[^*\n]+\*/g, (span) => (hindi.includes(span) ? " " : span));

it("finds the English chapters", () => {
  expect(CHAPTERS.length).toBeGreaterThanOrEqual(13);
});

it("has no Hindi chapter without an English one", () => {
  expect(chapterNames(HI_DIR).filter((c) => !CHAPTERS.includes(c))).toEqual([]);
});

describe.each(CHAPTERS)("Hindi chapter %s", (name) => {
  const hiPath = join(HI_DIR, `${name}.mdx`);
  const E = readChapter(join(EN_DIR, `${name}.mdx`));
  const H = existsSync(hiPath) ? readChapter(hiPath) : undefined;
  const h = (): Chapter => {
    if (!H) throw new Error(`${hiPath} is missing`);
    return H;
  };

  it("exists", () => {
    expect(existsSync(hiPath), hiPath).toBe(true);
  });

  it("has the English frontmatter's keys, order, paper sections, and steps' ids, charts, views and slide shape", () => {
    expect(chapterShape(h().front)).toEqual(chapterShape(E.front));
  });

  it("translates the title, summary, every headline, point and note into Devanagari", () => {
    const en = frontTexts(E.front);
    const hi = frontTexts(h().front);
    expect(hi).toHaveLength(en.length);
    hi.forEach((t, i) => {
      expect(t.trim(), `field ${i}`).not.toBe("");
      expect(t, `field ${i}`).not.toBe(en[i]);
      expect(devanagariShare(t) ?? 0, `field ${i}: ${t}`).toBeGreaterThan(0.5);
    });
    expect(devanagariShare(frontText(h())) ?? 0).toBeGreaterThanOrEqual(0.85);
  });

  it("has the same <Step>s in order, and the same multisets of <Num> and <Term> ids", () => {
    const { body } = h();
    expect(tagIds(body, "Step")).toEqual(tagIds(E.body, "Step"));
    expect(sorted(tagIds(body, "Num"))).toEqual(sorted(tagIds(E.body, "Num")));
    expect(sorted(tagIds(body, "Term"))).toEqual(sorted(tagIds(E.body, "Term")));
  });

  it("has one closed <Step> block per frontmatter step, in the frontmatter's order", () => {
    const { front, body } = h();
    expect(tagIds(body, "Step")).toEqual(front.steps.map((s) => s.id));
    expect(body.match(/<\/Step>/g)?.length ?? 0).toBe(front.steps.length);
  });

  it("is at least 85 % Devanagari in its prose and in all its reader-visible text", () => {
    expect(devanagariShare(visibleBody(h().body)) ?? 0).toBeGreaterThanOrEqual(0.85);
    expect(devanagariShare(readerText(h())) ?? 0).toBeGreaterThanOrEqual(0.85);
  });

  it('says "दुर्व्यापार" for trafficking and uses "तस्करी" only for the smuggling of migrants', () => {
    const text = readerText(h());
    // Printed for a reading by hand: each of these sentences must be about the smuggling of migrants.
    for (const s of sentencesOf(text).filter((x) => x.includes("तस्कर"))) console.info(`${name}: ${s}`);
    expect(smugglingWordProblems(text, HAND_CHECKED)).toEqual([]);
    const english = notKept(`${frontText(E)}\n${E.body}`, text);
    expect(termProblems(english, text)).toEqual([]);
    if (/smuggl/i.test(english)) expect(text).toMatch(/प्रवासियों की तस्करी|प्रवासी-तस्कर/);
  });
});
