import { describe, expect, it } from "vitest";
import { chapterQuestions, promptsIn } from "../../../src/lib/classroom/prompts.ts";
import type { ChapterMeta } from "../../../src/lib/essay.ts";

describe("promptsIn", () => {
  it("keeps questions and sentences that tell the teacher to ask or discuss, in order", () => {
    const notes =
      "Trace the border. Ask why a fence cannot follow a river. Which agency acts first? Mention the two lengths. Discuss: who pays? Have students compare the two maps.";
    expect(promptsIn(notes)).toEqual([
      "Ask why a fence cannot follow a river.",
      "Which agency acts first?",
      "Discuss: who pays?",
      "Have students compare the two maps.",
    ]);
  });
  it("keeps a question that ends inside quotation marks", () => {
    expect(promptsIn("Read the line “Who decides?” Then move on.")).toEqual(["Read the line “Who decides?”"]);
  });
  it("finds nothing in notes without prompts", () => {
    expect(promptsIn("These are official land ports. Explain the records.")).toEqual([]);
    expect(promptsIn("")).toEqual([]);
  });
});

describe("chapterQuestions", () => {
  const step = (id: string, notes: string) => ({
    id,
    show: "x",
    slide: { headline: `H ${id}`, points: [] },
    notes,
  });
  const chapters: ChapterMeta[] = [
    {
      id: "a",
      entryId: "en/a",
      title: "Alpha",
      order: 1,
      summary: "",
      steps: [step("s1", "Why here? Explain."), step("s2", "No.")],
    },
    {
      id: "b",
      entryId: "en/b",
      title: "Beta",
      order: 2,
      summary: "",
      steps: [step("s3", "Nothing to ask.")],
    },
    { id: "c", entryId: "en/c", title: "Gamma", order: 3, summary: "", steps: [step("s4", "Plain.")] },
  ];
  const general = (t: string) => `What about ${t}?`;
  const out = chapterQuestions(chapters, { b: ["Written for Beta?"] }, general);
  it("takes each chapter's prompts from its steps' notes, with the step they come from", () => {
    expect(out[0]!.questions).toEqual([{ text: "Why here?", step: chapters[0]!.steps[0] }]);
  });
  it("adds the questions written for a chapter, and a general one where there is none", () => {
    expect(out[1]!.questions).toEqual([{ text: "Written for Beta?" }]);
    expect(out[2]!.questions).toEqual([{ text: "What about Gamma?" }]);
    expect(out.map((q) => q.chapter.id)).toEqual(["a", "b", "c"]);
  });
});
