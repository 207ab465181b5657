/**
 * The classroom in every locale: the same scenarios with the same answer key, the same lesson plan, and the
 * trafficking/smuggling distinction kept in the words.
 */
import { describe, expect, it } from "vitest";
import { keyDifferences, scenarios } from "../../../src/content/exercise/scenarios.ts";
import { ELEMENTS, type Scenario } from "../../../src/content/exercise/schema.ts";
import { teachContent, teachDifferences } from "../../../src/content/exercise/teach.ts";
import { dictionary } from "../../../src/i18n/index.ts";
import { LOCALES } from "../../../src/i18n/locales.ts";
import { chapterQuestions, promptsIn } from "../../../src/lib/classroom/prompts.ts";

const keyOf = (list: readonly Scenario[]) =>
  list.map((s) => ({ id: s.id, answer: s.answer, elements: ELEMENTS.map((e) => s.elements[e]) }));

describe("the scenarios in every locale", () => {
  const english = scenarios("en");
  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s has the English ids, order, answers and elements",
    (locale) => {
      const list = scenarios(locale);
      expect(keyOf(list)).toEqual(keyOf(english));
      expect(keyDifferences(english, list)).toEqual([]);
    },
  );

  it.each(LOCALES.filter((l) => l !== "en"))("%s tells every scenario in its own words", (locale) => {
    for (const [i, s] of scenarios(locale).entries()) {
      const en = english[i]!;
      expect(s.title, s.id).not.toBe(en.title);
      expect(s.text, s.id).not.toBe(en.text);
      expect(s.explanation, s.id).not.toBe(en.explanation);
    }
  });

  it("names every difference in a key that has drifted", () => {
    const [a, b, c, ...rest] = english;
    const drifted: Scenario[] = [
      b!,
      { ...a!, answer: a!.answer === "both" ? "neither" : "both" },
      { ...c!, elements: { ...c!.elements, border: !c!.elements.border } },
      ...rest.slice(1),
      { ...rest[0]!, id: "made-up" },
    ];
    const problems = keyDifferences(english, drifted);
    expect(problems).toContain(`scenario "${rest[0]!.id}" is missing`);
    expect(problems).toContain(`scenario "made-up" is not in the English key`);
    expect(problems.some((p) => p.startsWith("the scenarios are not in the English order"))).toBe(true);
    expect(problems.some((p) => p.startsWith(`scenario "${a!.id}": the answer is`))).toBe(true);
    expect(problems).toContain(
      `scenario "${c!.id}": element "border" is ${String(!c!.elements.border)}, the English key says ${String(c!.elements.border)}`,
    );
    expect(problems).toHaveLength(5);
  });

  it("never calls trafficking 'तस्करी' in the Hindi scenarios, and names both crimes by their own words", () => {
    const hi = scenarios("hi");
    const words = hi.map((s) => `${s.title} ${s.text} ${s.explanation}`).join(" ");
    expect(words).not.toMatch(/मानव\s+तस्करी/);
    for (const s of hi.filter((x) => x.answer === "trafficking" || x.answer === "both"))
      expect(s.explanation, s.id).toContain("दुर्व्यापार");
    for (const s of hi.filter((x) => x.answer === "smuggling" || x.answer === "both"))
      expect(s.explanation, s.id).toContain("प्रवासियों की तस्करी");
    const t = dictionary("hi").classroom.exercise.categories;
    expect([t.trafficking.label, t.smuggling.label]).toEqual(["दुर्व्यापार", "प्रवासियों की तस्करी"]);
  });
});

describe("the teachers' content in every locale", () => {
  it.each(LOCALES)("%s has the English plan's parts, minutes and links", (locale) => {
    expect(teachDifferences(teachContent("en"), teachContent(locale))).toEqual([]);
    const minutes = teachContent(locale).lessonPlan.reduce((n, p) => n + p.minutes, 0);
    expect(minutes).toBe(45);
  });

  it("names a plan that has drifted", () => {
    const en = teachContent("en");
    const drifted = {
      ...en,
      lessonPlan: en.lessonPlan.map((p, i) => (i === 0 ? { ...p, minutes: p.minutes + 1, href: "/x/" } : p)),
      extraQuestions: { "99-none": ["?"] },
      titleNote: " ",
    };
    expect(teachDifferences(en, drifted)).toEqual([
      `lesson part 1 lasts ${en.lessonPlan[0]!.minutes + 1} minutes, not ${en.lessonPlan[0]!.minutes}`,
      `lesson part 1 links to /x/, not ${en.lessonPlan[0]!.href}`,
      "extra questions for chapters [99-none], the English has []",
      "the title slide's note is empty",
    ]);
  });
});

describe("discussion prompts in Hindi notes", () => {
  const cue = dictionary("hi").classroom.promptCue;
  it("splits at the danda and keeps questions and sentences that tell the teacher to ask or discuss", () => {
    const notes =
      "सीमा की रेखा दिखाएँ। पूछें कि नदी के साथ बाड़ क्यों नहीं चल सकती। कौन-सी एजेंसी पहले काम करती है? बताएँ कि दो लंबाइयाँ हैं। छात्रों से दोनों नक्शों की तुलना करवाइए। उत्तरजीवियों से पूछताछ के तरीक़े समझाइए।";
    expect(promptsIn(notes, cue)).toEqual([
      "पूछें कि नदी के साथ बाड़ क्यों नहीं चल सकती।",
      "कौन-सी एजेंसी पहले काम करती है?",
      "छात्रों से दोनों नक्शों की तुलना करवाइए।",
    ]);
  });
  it("reads 'चर्चा:' as a prompt, and English cues not at all", () => {
    expect(promptsIn("नक्शा दिखाएँ। चर्चा: इसका ख़र्च कौन उठाता है।", cue)).toEqual([
      "चर्चा: इसका ख़र्च कौन उठाता है।",
    ]);
    expect(promptsIn("Ask why. Discuss it.", cue)).toEqual([]);
  });
  it("gives each chapter of a Hindi note its own questions rather than the general one", () => {
    const step = (id: string, notes: string) => ({
      id,
      show: "x",
      slide: { headline: id, points: [] },
      notes,
    });
    const out = chapterQuestions(
      [{ id: "a", entryId: "hi/a", title: "क", order: 1, summary: "", steps: [step("s", "पूछिए: क्यों?")] }],
      {},
      (t) => `सामान्य ${t}`,
      cue,
    );
    expect(out[0]!.questions.map((q) => q.text)).toEqual(["पूछिए: क्यों?"]);
  });
});
