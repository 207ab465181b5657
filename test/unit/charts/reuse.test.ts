import { describe, expect, it } from "vitest";
import { drawOnce, splitSvg } from "../../../src/lib/charts/reuse.ts";

const svg = '<svg viewBox="0 0 10 10" class="a"><rect width="5" height="5"></rect></svg>';

describe("drawOnce", () => {
  it("prints the drawing the first time and a <use> of it after", () => {
    const drawn = new Set<string>();
    expect(drawOnce(svg, "x@640", drawn)).toBe(
      '<svg viewBox="0 0 10 10" class="a"><g id="draw-x-640"><rect width="5" height="5"></rect></g></svg>',
    );
    expect(drawOnce(svg.replace('class="a"', 'class="b"'), "x@640", drawn)).toBe(
      '<svg viewBox="0 0 10 10" class="b"><use href="#draw-x-640" data-reuse="draw-x-640"></use></svg>',
    );
  });
  it("keeps different keys apart", () => {
    const drawn = new Set<string>();
    drawOnce(svg, "x@640", drawn);
    expect(drawOnce(svg, "x@360", drawn)).toContain('<g id="draw-x-360">');
  });
  it("refuses what is not one svg element", () => {
    expect(() => splitSvg("<g></g>")).toThrow();
  });
});
