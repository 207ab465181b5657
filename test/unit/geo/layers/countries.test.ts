import { describe, expect, it } from "vitest";
import { countries } from "../../../../src/lib/geo/layers/countries.ts";
import { all, canvasFor } from "./canvas.ts";

describe("countries layer", () => {
  it("draws every country as a tooltip target with relative, whole-unit path data", () => {
    const g = countries(canvasFor("bd"))!;
    const paths = all(g, "path.country");
    expect(paths.map((p) => p.getAttribute("data-id"))).toEqual(
      expect.arrayContaining(["IND", "BGD", "NPL"]),
    );
    for (const p of paths) {
      expect(p.getAttribute("data-kind")).toBe("country");
      expect(p.getAttribute("data-tip")).toMatch(/: country$/);
      expect(p.getAttribute("d")).toMatch(/^M-?\d+[ -]\d+[lhv]/);
      expect(p.getAttribute("d")).not.toMatch(/\d\.\d/);
    }
    expect(paths.find((p) => p.getAttribute("data-id") === "IND")!.getAttribute("class")).toContain(
      "is-india",
    );
  });

  it("leaves paint to the stylesheet in the shared drawing, and writes it for an export", () => {
    const shared = all(countries(canvasFor("bd")), "path.country");
    expect(shared.every((p) => !p.hasAttribute("fill"))).toBe(true);
    const exported = all(countries(canvasFor("bd", { paint: true, hl: ["BGD"] })), "path.country");
    const fill = (id: string) => exported.find((p) => p.getAttribute("data-id") === id)!.getAttribute("fill");
    expect(fill("BGD")).toBe("var(--map-land-hl)");
    expect(fill("IND")).toBe("var(--map-land-india)");
    expect(fill("NPL")).toBe("var(--map-land)");
  });

  it("names the organisations based in a country when the canvas lists them", () => {
    const c = canvasFor("bd");
    const actors = new Map([["BGD", [{ id: "x", name: "Org X", kind: "ngo" as const, source_ids: ["s"] }]]]);
    const g = countries({ ...c, actorsByBase: actors })!;
    expect(g.querySelector('[data-id="BGD"]')!.getAttribute("data-tip")).toContain("Org X");
  });
});
