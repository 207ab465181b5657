/** Label widths come from the font (Inter through fontkit), not from a count of characters. */
import { describe, expect, it } from "vitest";
import { runs as scriptRuns, textWidth } from "../../../src/lib/svg/measure.ts";

describe("textWidth", () => {
  it("measures proportional type: wide letters take more room than narrow ones", () => {
    expect(textWidth("WWWW", 10)).toBeGreaterThan(2 * textWidth("iiii", 10));
    expect(textWidth("Kolkata", 11)).toBeGreaterThan(30);
    expect(textWidth("Kolkata", 11)).toBeLessThan(50);
  });

  it("scales with the size and grows with the weight", () => {
    expect(textWidth("Bangladesh", 22)).toBeCloseTo(2 * textWidth("Bangladesh", 11), 6);
    expect(textWidth("Bangladesh", 11, 600)).toBeGreaterThan(textWidth("Bangladesh", 11, 400));
  });

  it("splits text into runs of one script, so that each is measured with its own font", () => {
    expect(scriptRuns("Delhi (दिल्ली)")).toEqual([
      { script: "latin", text: "Delhi (" },
      { script: "devanagari", text: "दिल्ली)" },
    ]);
    expect(textWidth("दिल्ली", 11)).toBeGreaterThan(0);
  });
});
