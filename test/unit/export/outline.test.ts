import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { outlineDevanagari } from "../../../src/lib/export/outline.ts";
import { withOutlinedDevanagari } from "../../../src/lib/export/png.ts";
import { textWidth } from "../../../src/lib/svg/measure.ts";

const parse = (svg: string) =>
  (new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as Document).documentElement;

/** The x extent of path data (absolute and relative commands as fontkit writes them: M, L, Q, C, Z). */
function xExtent(d: string): [number, number] {
  const xs = [...d.matchAll(/[MLQC]([^MLQCZ]+)/g)].flatMap((m) =>
    m[1]!
      .trim()
      .split(/[\s,]+/)
      .map(Number)
      .filter((_, i) => i % 2 === 0),
  );
  return [Math.min(...xs), Math.max(...xs)];
}

describe("outlineDevanagari", () => {
  it("replaces Devanagari text with a path in its fill and keeps Latin text as text", () => {
    const root = parse(
      '<svg xmlns="http://www.w3.org/2000/svg"><g fill="#123" font-size="20"><text x="10" y="30">भारत</text><text x="10" y="60">India</text></g></svg>',
    );
    outlineDevanagari(root);
    expect(root.querySelectorAll("text").length).toBe(1);
    expect(root.querySelector("text")!.textContent).toBe("India");
    const path = root.querySelector("path")!;
    expect(path.getAttribute("d")).toMatch(/^M/);
  });

  it("centres a middle-anchored text on its x, at the width the font gives it", () => {
    const root = parse(
      '<svg xmlns="http://www.w3.org/2000/svg"><text x="200" y="30" font-size="20" text-anchor="middle" fill="#000">मानव दुर्व्यापार</text></svg>',
    );
    outlineDevanagari(root);
    const [x0, x1] = xExtent(root.querySelector("path")!.getAttribute("d")!);
    const w = textWidth("मानव दुर्व्यापार", 20);
    expect(Math.abs((x0 + x1) / 2 - 200)).toBeLessThan(6);
    expect(x1 - x0).toBeLessThanOrEqual(w + 1);
    expect(x1 - x0).toBeGreaterThan(w * 0.8);
  });

  it("outlines each tspan line, and leaves an SVG without Devanagari byte for byte", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="20"><tspan x="0" dy="0">एक</tspan><tspan x="0" dy="1.2em">दो</tspan></text></svg>';
    const out = withOutlinedDevanagari(svg);
    expect(out).not.toMatch(/<text/);
    expect((out.match(/M/g) ?? []).length).toBeGreaterThan(1);
    const latin = '<svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="20">Only Latin</text></svg>';
    expect(withOutlinedDevanagari(latin)).toBe(latin);
  });
});
