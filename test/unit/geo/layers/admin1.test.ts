import { describe, expect, it } from "vitest";
import { admin1 } from "../../../../src/lib/geo/layers/admin1.ts";
import { all, canvasFor } from "./canvas.ts";

describe("first-level units layer", () => {
  it("is left out when no state of the canvas shows it", () => {
    expect(admin1(canvasFor("bd"))).toBeNull();
  });

  it("draws each unit once with its tooltip, and the lines between units once", () => {
    const g = admin1(canvasFor("bd", { layers: ["admin1"] }))!;
    expect(g.getAttribute("data-layer")).toBe("admin1");
    const ids = all(g, "path.admin1").map((p) => p.getAttribute("data-id"));
    expect(ids).toEqual(expect.arrayContaining(["IN-WB", "BD-C", "IN-TR"]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(all(g, "path.admin1-line")).toHaveLength(1);
    expect(g.querySelector('[data-id="BD-C"]')!.getAttribute("data-tip")).toBe(
      "Dhaka (incl. Mymensingh) (Bangladesh): first-level unit",
    );
    // No clip path: the pipeline has already cut the units to their countries' outlines.
    expect(g.hasAttribute("clip-path")).toBe(false);
  });

  it("fills a highlighted unit in an export and leaves the others unfilled", () => {
    const g = admin1(canvasFor("bd", { layers: ["admin1"], paint: true, hl: ["IN-WB"] }))!;
    expect(g.querySelector('[data-id="IN-WB"]')!.getAttribute("fill")).toBe("var(--map-admin1-hl)");
    expect(g.querySelector('[data-id="IN-AS"]')!.getAttribute("fill")).toBe("none");
    expect(g.querySelector(".admin1-line")!.getAttribute("stroke")).toBe("var(--map-line-soft)");
  });
});
