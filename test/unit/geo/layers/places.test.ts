import { describe, expect, it } from "vitest";
import { places, placePoints } from "../../../../src/lib/geo/layers/places.ts";
import { all, canvasFor } from "./canvas.ts";

describe("places layer", () => {
  it("draws the places of the layers shown and the ends of the routes shown", () => {
    expect(places(canvasFor("bd"))).toBeNull();
    const c = canvasFor("bd", { layers: ["crossings"] });
    const g = places(c)!;
    const kinds = new Set(all(g, "g.place").map((p) => p.getAttribute("data-layer")));
    expect([...kinds]).toEqual(["crossings"]);
    const withRoutes = placePoints(canvasFor("bd", { routes: ["bd"] }));
    expect(withRoutes.every(({ p }) => p.ends.includes("bd"))).toBe(true);
  });

  it("moves each place to its point and draws its mark around the origin, by kind", () => {
    const g = places(canvasFor("bd", { layers: ["crossings", "hubs", "camps", "origins", "ports"] }))!;
    for (const p of all(g, "g.place")) {
      expect(p.getAttribute("transform")).toMatch(/^translate\(-?[\d.]+ -?[\d.]+\)$/);
      const mark = p.querySelector(".mark")!;
      const kind = p.getAttribute("data-kind");
      const tag =
        kind === "land_port" ? "rect" : kind === "camp" || kind === "source_area" ? "path" : "circle";
      expect(mark.localName, kind!).toBe(tag);
      expect(p.getAttribute("data-tip")).toMatch(/sources: /);
    }
  });

  it("paints marks in an export, heavier when highlighted, sized to the export's unit", () => {
    const c = canvasFor("bd", { layers: ["crossings"], paint: true, unit: 0.5 });
    const first = c.features.places.find((p) => p.layer === "crossings")!;
    const g = places({ ...c, hl: new Set([first.id]) })!;
    const mark = (id: string) => g.querySelector(`[data-id="${id}"] .mark`)!;
    expect(mark(first.id).getAttribute("stroke-width")).toBe("1.2");
    expect(mark(first.id).getAttribute("stroke")).toBe("var(--map-place)");
  });
});
