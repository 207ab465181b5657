import { describe, expect, it } from "vitest";
import { buildDeck, slideIds, TITLE_SLIDE_ID } from "../../../src/lib/classroom/deck.ts";
import type { ChapterMeta } from "../../../src/lib/essay.ts";

const step = (id: string, show: string, view?: string) => ({
  id,
  show,
  ...(view ? { view } : {}),
  slide: { headline: `Headline ${id}`, points: [`point of ${id}`] },
  notes: `Notes for ${id}. Ask why?`,
});
const chapters: ChapterMeta[] = [
  {
    id: "02-b",
    entryId: "en/02-b",
    title: "Second",
    order: 2,
    summary: "",
    steps: [step("c", "chart-c", "top")],
  },
  {
    id: "01-a",
    entryId: "en/01-a",
    title: "First",
    order: 1,
    summary: "",
    steps: [step("a", "map-a"), step("b", "chart-b")],
  },
];

describe("buildDeck", () => {
  const deck = buildDeck(chapters, { headline: "Deck", notes: "Start gently." });
  it("opens with the title slide, then one slide per step in chapter order", () => {
    expect(deck.map((s) => s.id)).toEqual([TITLE_SLIDE_ID, "a", "b", "c"]);
    expect(deck[0]).toMatchObject({ headline: "Deck", notes: "Start gently.", points: [] });
    expect(deck[0]!.show).toBeUndefined();
  });
  it("carries each step's slide text, notes, figure, view and chapter", () => {
    expect(deck[1]).toEqual({
      id: "a",
      chapterId: "01-a",
      chapterTitle: "First",
      headline: "Headline a",
      points: ["point of a"],
      show: "map-a",
      notes: "Notes for a. Ask why?",
    });
    expect(deck[3]).toMatchObject({ show: "chart-c", view: "top", chapterTitle: "Second" });
    expect("view" in deck[1]!).toBe(false);
  });
  it("refuses a deck whose ids repeat", () => {
    expect(slideIds(deck)).toEqual(["title", "a", "b", "c"]);
    expect(() => slideIds([...deck, deck[2]!])).toThrow(/slide id "b" is used twice/);
  });
});
