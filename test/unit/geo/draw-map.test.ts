/**
 * The map in parts: one shared drawing per frame whatever the state, a root per state, label overlays per
 * size class; and an export that holds only what its state shows, painted, with no need of a stylesheet.
 */
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../../src/lib/charts/render.ts";
import { mapModule, type MapSeries } from "../../../src/lib/charts/maps/map-state.ts";
import type { Surface, SizeClass } from "../../../src/lib/charts/types.ts";
import { assembleMap, drawMap, type MapParts } from "../../../src/lib/geo/draw-map.ts";
import { visibleIn } from "../../../src/lib/geo/features.ts";
import { FRAME_IDS } from "../../../src/lib/geo/frames.ts";
import { MAP_STATES, type MapState } from "../../../src/lib/geo/states.ts";
import { serialize } from "../../../src/lib/svg/serialize.ts";
import { en, withFixtureMaps } from "../../support/context.ts";
import { all, fixtureData } from "./layers/canvas.ts";

const inputs = withFixtureMaps(fixtureData());
const series = (s: MapState): MapSeries => mapModule(s).prepare(inputs, en());
const draw = (s: MapState, surface: Surface = "page", size: SizeClass = "wide", width = 640): MapParts =>
  drawMap({ ...series(s), width, document: buildDocument(), ctx: en(), variant: { size, surface } });

describe("the shared drawing", () => {
  it.each(FRAME_IDS)("%s: every state of the frame has the same drawing and key", (frame) => {
    const states = MAP_STATES.filter((s) => s.frame === frame);
    const parts = states.map((s) => draw(s));
    const drawings = new Set(parts.map((p) => serialize(p.drawing.element)));
    expect(drawings.size).toBe(1);
    expect(new Set(parts.map((p) => p.drawing.key)).size).toBe(1);
    expect(parts[0]!.drawing.key).toMatch(new RegExp(`^${frame}-[0-9a-f]{10}$`));
    expect(parts[0]!.drawing.element.getAttribute("data-drawing")).toBe(parts[0]!.drawing.key);
  });

  it("holds no highlight, no label, no id and no paint: classes and the stylesheet do that", () => {
    const d = draw(MAP_STATES.find((s) => s.id === "map-bd-crossings")!).drawing.element;
    expect(all(d, ".is-hl")).toHaveLength(0);
    expect(all(d, "text")).toHaveLength(0);
    expect(all(d, "[id]")).toHaveLength(0);
    expect(all(d, "[fill], [stroke]")).toHaveLength(0);
    expect(all(d, "[data-tip]").length).toBeGreaterThan(10);
  });

  it("holds every layer some state of the frame shows, and none that no state shows", () => {
    const sea = draw(MAP_STATES.find((s) => s.id === "map-sea-routes")!).drawing.element;
    expect(all(sea, ".map-admin1, .map-borders, .map-twins")).toHaveLength(0);
    const bd = draw(MAP_STATES.find((s) => s.id === "map-bd-border")!).drawing.element;
    expect(all(bd, ".map-admin1, .map-borders, .map-twins, .map-routes, .map-places")).toHaveLength(5);
  });

  it("is the same whatever width the figure is drawn at", () => {
    const s = MAP_STATES.find((x) => x.id === "map-np-routes")!;
    expect(draw(s, "page", "wide", 760).drawing.key).toBe(draw(s).drawing.key);
  });
});

describe("a state's root and overlays", () => {
  it("carries the state's view, classes and hooks", () => {
    const s = MAP_STATES.find((x) => x.id === "map-sea-camps")!;
    const { root } = draw(s);
    expect(root["data-frame"]).toBe("bd");
    expect(root["data-state"]).toBe("map-sea-camps");
    expect(root["data-highlight"]).toBe(s.highlight.join(" "));
    expect(String(root["class"])).toMatch(
      /^map frame-bd show-admin1 show-camps .*show-routes-sea has-hl zoom-2$/,
    );
    const [, , w] = String(root["viewBox"]).split(" ").map(Number);
    expect(w).toBeLessThan(400);
  });

  it("has one label overlay and one scale bar per size class on a page, one of each in an export", () => {
    const s = MAP_STATES.find((x) => x.id === "map-bd-routes")!;
    const page = draw(s).overlays;
    expect(page.map((o) => `${o.getAttribute("class")}:${o.getAttribute("data-size")}`)).toEqual([
      "map-labels:wide",
      "map-scale:wide",
      "map-labels:narrow",
      "map-scale:narrow",
    ]);
    const exported = draw(s, "export", "narrow").overlays;
    expect(exported.map((o) => o.getAttribute("class"))).toEqual(["map-labels", "map-scale"]);
    expect(exported.every((o) => !o.hasAttribute("data-size"))).toBe(true);
  });

  it("marks the highlighted features when the state is drawn on its own", () => {
    const s = MAP_STATES.find((x) => x.id === "map-bd-crossings")!;
    const svg = assembleMap(draw(s), buildDocument());
    const marked = all(svg, ".is-hl").map((e) => e.getAttribute("data-id"));
    expect(marked.sort()).toEqual(s.highlight.filter((id) => marked.includes(id)).sort());
    expect(marked.length).toBeGreaterThan(0);
  });
});

describe("an export", () => {
  it.each(MAP_STATES.map((s) => [s.id, s] as const))(
    "%s: only what the state shows, every mark painted",
    (_, s) => {
      const parts = draw(s, "export");
      const svg = assembleMap(parts, buildDocument());
      const v = visibleIn(s, series(s).features);
      expect(all(svg, "g.route")).toHaveLength(v.routes.length);
      expect(all(svg, "g.place")).toHaveLength(v.places.length);
      expect(all(svg, "path.border")).toHaveLength(
        s.layers.includes("borders") ? all(svg, "path.border").length : 0,
      );
      if (!s.layers.includes("admin1")) expect(all(svg, ".admin1")).toHaveLength(0);
      if (!s.layers.includes("twins")) expect(all(svg, ".twin")).toHaveLength(0);
      for (const e of all(svg, "path, rect, circle, line")) {
        const painted = e.hasAttribute("fill") || e.hasAttribute("stroke");
        expect(painted, serialize(e).slice(0, 80)).toBe(true);
        for (const a of ["fill", "stroke"]) {
          const value = e.getAttribute(a);
          if (value && value !== "none") expect(value).toMatch(/^var\(--map-[a-z0-9_-]+\)$/);
        }
      }
      for (const t of all(svg, "text")) expect(t.getAttribute("fill")).toMatch(/^var\(--map-label/);
      expect(svg.getAttribute("font-family")).toMatch(/Inter/);
      expect(serialize(svg)).not.toMatch(/\sstyle=|<style/);
    },
  );
});
