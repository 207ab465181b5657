import { describe, expect, it } from "vitest";
import { offframe, offframePoints } from "../../../../src/lib/geo/layers/offframe.ts";
import { all, canvasFor } from "./canvas.ts";

describe("beyond-the-frame layer", () => {
  it("points at destinations beyond the overview's edge, only when shown", () => {
    expect(offframe(canvasFor("overview"))).toBeNull();
    const c = canvasFor("overview", { layers: ["offframe"] });
    const pts = offframePoints(c);
    expect(pts.length).toBeGreaterThan(0);
    const g = offframe(c);
    expect(all(g, "path.offframe")).toHaveLength(pts.length);
    for (const { at } of pts) {
      const inside = at[0] >= 0 && at[0] <= c.width && at[1] >= 0 && at[1] <= c.height;
      expect(inside).toBe(true);
    }
    for (const p of all(g, "path.offframe"))
      expect(p.getAttribute("data-tip")).toMatch(/beyond the edge of this map/);
  });
});
