import { describe, expect, it } from "vitest";
import { exitPoint, routeEnds, routeGeometry, routes } from "../../../../src/lib/geo/layers/routes.ts";
import { all, canvasFor } from "./canvas.ts";

describe("routes layer", () => {
  it("draws only the corridors asked for, each route with a shaft and an arrowhead", () => {
    expect(routes(canvasFor("bd"))).toBeNull();
    const c = canvasFor("bd", { routes: ["bd"] });
    const g = routes(c)!;
    const rs = all(g, "g.route");
    expect(rs.length).toBe(c.features.routes.filter((r) => r.corridor === "bd").length);
    for (const r of rs) {
      expect(r.getAttribute("class")).toMatch(/c-bd kind-\w+ mode-\w+/);
      expect(r.querySelector(".route-line")!.getAttribute("d")).toMatch(/^M[-\d. ]+q/);
      expect(r.querySelector(".route-head")!.getAttribute("d")).toMatch(/z$/);
      expect(r.getAttribute("data-tip")).toMatch(/ to .+; sources: /);
    }
  });

  it("runs a route that leaves the frame to the edge and names its far end there", () => {
    const c = canvasFor("bd", { routes: ["bd", "in"] });
    const out = c.features.routes.filter((r) => (r.corridor === "bd" || r.corridor === "in") && !r.toIn);
    expect(out.length).toBeGreaterThan(0);
    const ends = routeEnds(c);
    for (const r of out) {
      const e = ends.find((x) => x.route.id === r.id)!;
      expect(e.text).toBe(`to ${r.to.name}`);
      const onEdge = [e.at[0] - 8, c.width - 8 - e.at[0], e.at[1] - 8, c.height - 8 - e.at[1]];
      expect(Math.min(...onEdge.map(Math.abs))).toBeLessThan(1);
    }
  });

  it("finds where a segment leaves a rectangle and trims a curve at both ends", () => {
    expect(exitPoint([50, 50], [150, 50], 100, 100, 0)).toEqual([100, 50]);
    expect(exitPoint([50, 50], [50, -50], 100, 100, 10)).toEqual([50, 10]);
    const g = routeGeometry([0, 0], [100, 0], 0, 5, 5, 7);
    expect(g.start).toEqual([5, 0]);
    expect(g.end).toEqual([95, 0]);
    expect(g.arrow).toBe("M95 0l-7 3.9 0-7.8z");
  });

  it("dims routes that are not highlighted in an export", () => {
    const c = canvasFor("bd", { routes: ["bd"], paint: true });
    const first = c.features.routes.find((r) => r.corridor === "bd")!.id;
    const g = routes({ ...c, hl: new Set([first]) })!;
    for (const r of all(g, "g.route"))
      expect(r.getAttribute("opacity")).toBe(r.getAttribute("data-id") === first ? null : "0.55");
  });
});
