import { describe, expect, it } from "vitest";
import { schedule } from "../../../src/lib/classroom/lesson.ts";
import { stepAnchor } from "../../../src/lib/classroom/definitions.ts";
import { fill } from "../../../src/lib/classroom/fill.ts";
import type { ChapterMeta } from "../../../src/lib/essay.ts";

describe("schedule", () => {
  it("gives each part its start and end minute", () => {
    const parts = [
      { minutes: 5, title: "a" },
      { minutes: 30, title: "b" },
      { minutes: 10, title: "c" },
    ];
    expect(schedule(parts, 45).map((p) => [p.title, p.from, p.to])).toEqual([
      ["a", 0, 5],
      ["b", 5, 35],
      ["c", 35, 45],
    ]);
  });
  it("refuses a plan that does not add up, or a part that lasts no time", () => {
    expect(() => schedule([{ minutes: 20 }, { minutes: 20 }], 45)).toThrow(/adds up to 40 minutes, not 45/);
    expect(() => schedule([{ minutes: 45 }, { minutes: 0 }], 45)).toThrow(/positive/);
    expect(() => schedule([{ minutes: 44.5 }, { minutes: 0.5 }], 45)).toThrow(/whole/);
  });
});

describe("stepAnchor", () => {
  const chapters: ChapterMeta[] = [
    {
      id: "02-words",
      entryId: "en/02-words",
      title: "Words",
      order: 2,
      summary: "",
      steps: [{ id: "three-words", show: "x", slide: { headline: "h", points: [] }, notes: "n" }],
    },
  ];
  it("links to a step by its id", () => {
    expect(stepAnchor(chapters, "three-words")).toBe("#three-words");
  });
  it("stops the build on an id that is not a step", () => {
    expect(() => stepAnchor(chapters, "words-matter")).toThrow(/no essay step "words-matter".*three-words/);
  });
});

describe("fill", () => {
  it("fills named slots and leaves unknown ones as they are", () => {
    expect(fill("{right} of {answered} ({total})", { right: 1, answered: 2, total: 14 })).toBe("1 of 2 (14)");
    expect(fill("Right: {answer}. {other}", { answer: "Both" })).toBe("Right: Both. {other}");
    expect(fill("{toString}", {})).toBe("{toString}");
  });
});
