import { describe, expect, it } from "vitest";
import { runs, scriptOf, textWidth } from "../../../src/lib/svg/measure.ts";
import { fit, wrap } from "../../../src/lib/charts/svg.ts";

describe("text widths from the font", () => {
  it("measures proportional type: narrow letters are narrower than wide ones", () => {
    expect(textWidth("iiii", 12)).toBeLessThan(textWidth("WWWW", 12) / 3);
    // Inter's advance for "W" is about 0.98 em and for "i" about 0.24 em.
    expect(textWidth("W", 100)).toBeGreaterThan(90);
    expect(textWidth("i", 100)).toBeLessThan(30);
  });
  it("scales with the size, and bold is wider than regular", () => {
    expect(textWidth("Border Security Force", 24)).toBeCloseTo(2 * textWidth("Border Security Force", 12), 6);
    expect(textWidth("Border Security Force", 12, 700)).toBeGreaterThan(
      textWidth("Border Security Force", 12),
    );
  });
  it("splits text into runs by script, punctuation going with its run", () => {
    expect(scriptOf("क")).toBe("devanagari");
    expect(scriptOf("a")).toBe("latin");
    expect(runs("India (भारत), 2024").map((r) => r.script)).toEqual(["latin", "devanagari", "latin"]);
  });
});

describe("wrapping and fitting by measured width", () => {
  it("wraps so that no line is wider than the box, keeping words whole", () => {
    const text = "Recruiting, transporting, transferring, harbouring or receiving a person";
    const lines = wrap(text, 150, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(150);
  });
  it("fits more narrow letters than wide ones on a line", () => {
    expect(wrap("ii ii ii ii ii ii ii ii", 40, 12).length).toBeLessThan(
      wrap("WW WW WW WW WW WW WW WW", 40, 12).length,
    );
  });
  it("cuts a long label with an ellipsis to fit", () => {
    const cut = fit(
      "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",
      120,
      12,
    );
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(120);
    expect(fit("BSF", 120, 12)).toBe("BSF");
  });
});
