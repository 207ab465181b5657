import { describe, expect, it } from "vitest";
import { borders } from "../../../../src/lib/geo/layers/borders.ts";
import { all, canvasFor } from "./canvas.ts";

describe("corridor borders layer", () => {
  it("is left out unless shown", () => {
    expect(borders(canvasFor("bd"))).toBeNull();
  });

  it("draws one segment per Indian state with regime, force, sources and tooltip", () => {
    const g = borders(canvasFor("bd", { layers: ["borders"] }))!;
    const segs = all(g, "path.border");
    expect(segs.length).toBeGreaterThan(0);
    expect(new Set(segs.map((s) => s.getAttribute("data-id"))).size).toBe(segs.length);
    for (const s of segs) {
      expect(s.getAttribute("class")).toMatch(/regime-\w+ force-\w+/);
      expect(s.getAttribute("data-kind")).toBe("border-segment");
      expect(s.getAttribute("data-sources")).toBeTruthy();
      expect(s.getAttribute("data-tip")).toMatch(/^India–.+ border, .+; guarded by the /);
    }
  });

  it("colours by regime or by force in an export, as the state asks, and dims what is not highlighted", () => {
    const byRegime = borders(canvasFor("bd", { layers: ["borders"], paint: true, borderStyle: "regime" }))!;
    expect(
      all(byRegime, "path.border").every((s) => /^var\(--map-regime-/.test(s.getAttribute("stroke")!)),
    ).toBe(true);
    const first = byRegime.querySelector("path.border")!.getAttribute("data-id")!;
    const byForce = borders(
      canvasFor("bd", { layers: ["borders"], paint: true, borderStyle: "force", hl: [first] }),
    )!;
    const segs = all(byForce, "path.border");
    expect(segs.every((s) => /^var\(--map-force-/.test(s.getAttribute("stroke")!))).toBe(true);
    expect(segs.filter((s) => s.getAttribute("opacity") === "0.45")).toHaveLength(segs.length - 1);
  });
});
