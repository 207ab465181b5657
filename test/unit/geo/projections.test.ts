import { describe, expect, it } from "vitest";
import { FRAMES, FRAME_IDS } from "../../../src/lib/geo/frames.ts";
import { extentPolygon, fitFrame, viewBoxFor } from "../../../src/lib/geo/projections.ts";
import { scaleBar } from "../../../src/lib/geo/scale-bar.ts";

describe("projection fitting", () => {
  it.each(FRAME_IDS)("%s: the view extent fills the width and stays inside the drawing", (id) => {
    const f = fitFrame(FRAMES[id], 640);
    expect(f.width).toBe(640);
    expect(f.height).toBeGreaterThan(100);
    const xs: number[] = [];
    for (const [lon, lat] of extentPolygon(FRAMES[id].view).coordinates[0]!) {
      const [x, y] = f.projection([lon!, lat!])!;
      xs.push(x);
      expect(x).toBeGreaterThanOrEqual(-0.5);
      expect(x).toBeLessThanOrEqual(640.5);
      expect(y).toBeGreaterThanOrEqual(-0.5);
      expect(y).toBeLessThanOrEqual(f.height + 0.5);
    }
    expect(Math.min(...xs)).toBeCloseTo(0, 0);
    expect(Math.max(...xs)).toBeCloseTo(640, 0);
  });

  it("a sub-extent gets a view box of the frame's shape, inside the drawing", () => {
    const f = fitFrame(FRAMES.bd, 640);
    const vb = viewBoxFor(f, [
      [89.8, 19.9],
      [93.6, 23.6],
    ]);
    expect(vb.width / vb.height).toBeCloseTo(640 / f.height, 1);
    expect(vb.x).toBeGreaterThanOrEqual(0);
    expect(vb.y + vb.height).toBeLessThanOrEqual(f.height + 0.1);
    expect(vb.width).toBeLessThan(640);
    expect(viewBoxFor(f, undefined)).toEqual({ x: 0, y: 0, width: 640, height: f.height });
  });

  it("is the same on every call (deterministic)", () => {
    const a = fitFrame(FRAMES.np, 640);
    const b = fitFrame(FRAMES.np, 640);
    expect(a.projection([84.85, 26.98])).toEqual(b.projection([84.85, 26.98]));
  });

  it("a scale bar is a round distance close to the target length", () => {
    const f = fitFrame(FRAMES.bd, 640);
    const bar = scaleBar(f.projection, [90, 24], 90);
    expect([1, 2, 5].some((m) => Number.isInteger(Math.log10(bar.km / m)))).toBe(true);
    expect(bar.px).toBeLessThanOrEqual(90);
    expect(bar.px).toBeGreaterThan(30);
    expect(bar.label).toMatch(/^[\d,]+ km$/);
  });
});
