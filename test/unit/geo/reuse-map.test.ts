/**
 * Printing map states on a page that shows many (the essay, the deck): the frame's drawing once, in
 * `<g id>`, then `<use>` of it, each state keeping its own root and label overlays.
 */
import { describe, expect, it } from "vitest";
import { renderChart } from "../../../src/lib/charts/render.ts";
import { mapModule } from "../../../src/lib/charts/maps/map-state.ts";
import { drawMapOnce } from "../../../src/lib/charts/reuse.ts";
import { MAP_STATES } from "../../../src/lib/geo/states.ts";
import { en, withFixtureMaps } from "../../support/context.ts";
import { fixtureData } from "./layers/canvas.ts";

const inputs = withFixtureMaps(fixtureData());
const svgOf = (id: string) =>
  renderChart(mapModule(MAP_STATES.find((s) => s.id === id)!), inputs, en(), { width: 640 }).svg;

describe("drawMapOnce", () => {
  it("prints a frame's drawing once, unhighlighted, and a <use> of it for the next state", () => {
    const drawn = new Set<string>();
    const a = drawMapOnce(svgOf("map-bd-border"), "map-bd-border", 640, drawn);
    const b = drawMapOnce(svgOf("map-bd-crossings"), "map-bd-crossings", 640, drawn);
    const id = /<g [^>]*id="(draw-bd-[0-9a-f]{10})"/.exec(a)?.[1];
    expect(id).toBeTruthy();
    expect(a).not.toContain("is-hl");
    expect(a).not.toMatch(/class="map [^"]*has-hl/);
    expect(b).toMatch(new RegExp(`<use (?=[^>]*href="#${id}")(?=[^>]*data-reuse="${id}")[^>]*/>`));
    expect(b).not.toContain("map-drawing");
    expect(b).toContain('data-state="map-bd-crossings"');
    expect(b).toContain('data-highlight="petrapole benapole agartala dawki"');
    // Each state keeps its own labels, in both size classes.
    for (const svg of [a, b]) {
      expect(svg).toMatch(/<g (?=[^>]*class="map-labels")(?=[^>]*data-size="wide")/);
      expect(svg).toMatch(/<g (?=[^>]*class="map-labels")(?=[^>]*data-size="narrow")/);
    }
    expect(drawn.size).toBe(1);
  });

  it("prints another frame's drawing in full", () => {
    const drawn = new Set<string>();
    drawMapOnce(svgOf("map-bd-border"), "map-bd-border", 640, drawn);
    const np = drawMapOnce(svgOf("map-np-border"), "map-np-border", 640, drawn);
    expect(np).toMatch(/<g (?=[^>]*id="draw-np-[0-9a-f]{10}")(?=[^>]*class="map-drawing")/);
    expect(drawn.size).toBe(2);
  });

  it("refuses an SVG without a shared drawing", () => {
    expect(() =>
      drawMapOnce('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>', "x", 640, new Set()),
    ).toThrow(/no shared drawing/);
  });
});
