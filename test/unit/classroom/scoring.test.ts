import { describe, expect, it } from "vitest";
import { mark, parseAnswers, score } from "../../../src/lib/classroom/scoring.ts";

const offered = ["act", "means", "purpose", "consent", "border"];

describe("mark", () => {
  const key = { answer: "trafficking", elements: ["act", "means", "purpose"] };
  it("marks the answer and each element against the key", () => {
    const m = mark(key, { answer: "smuggling", elements: ["act", "border"] }, offered);
    expect(m.right).toBe(false);
    expect(m.elements.map((e) => [e.element, e.match])).toEqual([
      ["act", true],
      ["means", false],
      ["purpose", false],
      ["consent", true],
      ["border", false],
    ]);
    expect(m.elementsRight).toBe(2);
    expect(m.elements[4]).toEqual({ element: "border", present: false, marked: true, match: false });
  });
  it("gives full marks to an answer that matches the key", () => {
    const m = mark(key, { answer: "trafficking", elements: ["purpose", "means", "act"] }, offered);
    expect(m.right).toBe(true);
    expect(m.elementsRight).toBe(offered.length);
  });
});

describe("score", () => {
  const keys = {
    one: { answer: "both", elements: [] },
    two: { answer: "neither", elements: [] },
    three: { answer: "smuggling", elements: [] },
  };
  it("counts answers given and answers right, over the scenarios in the key", () => {
    expect(score(keys, {})).toEqual({ answered: 0, right: 0, total: 3 });
    expect(
      score(keys, {
        one: { answer: "both", elements: [] },
        two: { answer: "trafficking", elements: [] },
        stale: { answer: "both", elements: [] },
      }),
    ).toEqual({ answered: 2, right: 1, total: 3 });
  });
});

describe("parseAnswers", () => {
  it("reads answers back and drops anything of another shape", () => {
    const json = JSON.stringify({
      a: { answer: "both", elements: ["act"] },
      b: { answer: 3, elements: [] },
      c: { answer: "neither", elements: "act" },
      d: null,
      e: { answer: "smuggling", elements: ["act", 2] },
    });
    expect(parseAnswers(json)).toEqual({ a: { answer: "both", elements: ["act"] } });
  });
  it("starts empty from nothing, broken JSON or a list", () => {
    expect(parseAnswers(null)).toEqual({});
    expect(parseAnswers("{not json")).toEqual({});
    expect(parseAnswers("[1,2]")).toEqual({});
  });
});
