import { describe, expect, it } from "vitest";
import { places, placePoints } from "../../../../src/lib/geo/layers/places.ts";
import { all, canvasFor } from "./canvas.ts";

describe("places layer", () => {
  it("draws the places of the layers shown and the ends of the routes shown", () => {
    expect(places(canvasFor("bd"))).toBeNull();
    const c = canvasFor("bd", { layers: ["crossings"] });
    const g = places(c)!;
    const kinds = new Set(all(g, ".place").map((p) => p.getAttribute("data-layer")));
    expect([...kinds]).toEqual(["crossings"]);
    const withRoutes = placePoints(canvasFor("bd", { routes: ["bd"] }));
    expect(withRoutes.every(({ p }) => p.ends.includes("bd"))).toBe(true);
  });

  it("draws each place as one mark at its point, by kind, with a tooltip in reader's words", () => {
    const c = canvasFor("bd", { layers: ["crossings", "hubs", "camps", "origins", "ports"] });
    const g = places(c)!;
    const points = new Map(placePoints(c).map(({ p, at }) => [p.id, { p, at }]));
    const marks = all(g, ".place");
    expect(marks.length).toBe(points.size);
    expect(g.children.length).toBe(marks.length);
    for (const m of marks) {
      expect(m.getAttribute("class")).toMatch(/\bmark\b/);
      const { p, at } = points.get(m.getAttribute("data-id")!)!;
      const tag =
        p.kind === "land_port" ? "rect" : p.kind === "camp" || p.kind === "source_area" ? "path" : "circle";
      expect(m.localName, p.kind).toBe(tag);
      expect(m.getAttribute("data-kind")).toBe(p.kind);
      // The mark sits on its point: a circle's centre, a square's middle, a path's apex above it.
      const [x, y] = at.map((v) => Math.round(v * 10) / 10) as [number, number];
      const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.11);
      if (tag === "circle") {
        near(Number(m.getAttribute("cx")), x);
        near(Number(m.getAttribute("cy")), y);
      } else if (tag === "rect") {
        near(Number(m.getAttribute("x")) + Number(m.getAttribute("width")) / 2, x);
        near(Number(m.getAttribute("y")) + Number(m.getAttribute("height")) / 2, y);
      } else {
        const [mx] = m
          .getAttribute("d")!
          .slice(1)
          .match(/-?[\d.]+/g)!
          .map(Number);
        near(mx!, x);
      }
      const tip = m.getAttribute("data-tip")!;
      expect(tip.startsWith(`${p.name} (`)).toBe(true);
      for (const id of p.source_ids) expect(tip).not.toContain(id);
    }
  });

  it("paints marks in an export, heavier when highlighted, sized to the export's unit", () => {
    const c = canvasFor("bd", { layers: ["crossings"], paint: true, unit: 0.5 });
    const first = c.features.places.find((p) => p.layer === "crossings")!;
    const g = places({ ...c, hl: new Set([first.id]) })!;
    const mark = (id: string) => g.querySelector(`[data-id="${id}"]`)!;
    expect(mark(first.id).getAttribute("stroke-width")).toBe("1.2");
    expect(mark(first.id).getAttribute("stroke")).toBe("var(--map-place)");
  });
});
