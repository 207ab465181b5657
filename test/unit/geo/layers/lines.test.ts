import { describe, expect, it } from "vitest";
import { lines } from "../../../../src/lib/geo/layers/lines.ts";
import { all, canvasFor } from "./canvas.ts";

describe("boundary lines layer", () => {
  it("draws plain boundaries in one path and disputed ones, with their note, in another", () => {
    const g = lines(canvasFor("overview"))!;
    expect(all(g, "path.boundary")).toHaveLength(2);
    const disputed = g.querySelector(".disputed")!;
    expect(disputed.getAttribute("data-kind")).toBe("disputed-boundary");
    expect(disputed.getAttribute("data-tip")).toMatch(/do not imply endorsement/);
  });

  it("dashes disputed boundaries in an export, scaled to the export's unit", () => {
    const g = lines(canvasFor("overview", { paint: true, unit: 2 }))!;
    expect(g.querySelector(".disputed")!.getAttribute("stroke-dasharray")).toBe("8 6");
    expect(g.querySelector(".boundary:not(.disputed)")!.getAttribute("stroke-width")).toBe("2");
  });
});
