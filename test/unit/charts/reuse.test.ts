import { describe, expect, it } from "vitest";
import { drawMapOnce, drawOnce, splitSvg } from "../../../src/lib/charts/reuse.ts";

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

describe("drawMapOnce", () => {
  const state = (id: string, hl: string, cls: string) =>
    `<svg data-frame="bd" class="map ${cls} has-hl" data-highlight="${hl}"><defs><clipPath id="${id}-0"></clipPath></defs><g clip-path="url(#${id}-0)"><path data-id="IN-WB" class="admin1${hl === "IN-WB" ? " is-hl" : ""}"></path></g></svg>`;
  it("shares one drawing between states that differ only in highlights and ids", () => {
    const drawn = new Set<string>();
    const a = drawMapOnce(state("map-a", "IN-WB", "show-borders"), "map-a", 640, drawn);
    const b = drawMapOnce(state("map-b", "", "show-routes-bd"), "map-b", 640, drawn);
    expect(a).toMatch(/<g id="draw-bd-[0-9a-f]{10}-640">/);
    expect(a).not.toContain("is-hl");
    expect(a).not.toContain("has-hl");
    expect(a).toContain('clip-path="url(#draw-bd-');
    expect(b).toMatch(/class="map show-routes-bd" data-highlight=""><use href="#draw-bd-[0-9a-f]{10}-640"/);
  });
  it("keeps drawings apart when their content differs", () => {
    const drawn = new Set<string>();
    drawMapOnce(state("map-a", "", "x"), "map-a", 640, drawn);
    const c = drawMapOnce(
      state("map-c", "", "x").replace('data-id="IN-WB"', 'data-id="IN-AS"'),
      "map-c",
      640,
      drawn,
    );
    expect(c).toContain("<g id=");
  });
});
