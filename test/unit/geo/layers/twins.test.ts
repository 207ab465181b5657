import { describe, expect, it } from "vitest";
import { twins } from "../../../../src/lib/geo/layers/twins.ts";
import { all, canvasFor } from "./canvas.ts";

describe("twin towns layer", () => {
  it("joins each crossing to the town across it, only when shown", () => {
    expect(twins(canvasFor("bd"))).toBeNull();
    const c = canvasFor("bd", { layers: ["twins"] });
    const g = twins(c)!;
    const ls = all(g, "line.twin");
    expect(ls).toHaveLength(c.features.twins.length);
    expect(ls.length).toBeGreaterThan(0);
    expect(ls[0]!.getAttribute("data-tip")).toMatch(/ and .+: twin towns at a crossing$/);
  });
});
