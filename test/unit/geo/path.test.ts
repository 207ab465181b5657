/** Path data at the drawing's resolution: whole units, relative steps, no drift, nothing sub-pixel. */
import { geoIdentity } from "d3-geo";
import { describe, expect, it } from "vitest";
import { gridPath } from "../../../src/lib/geo/path.ts";

const identity = geoIdentity();
const poly = (ring: [number, number][]) => ({ type: "Polygon" as const, coordinates: [ring] });

describe("gridPath", () => {
  it("writes relative steps on a whole-unit grid, repeating no command letter", () => {
    const d = gridPath(identity)(
      poly([
        [10.2, 10.4],
        [20.6, 10.4],
        [20.6, 30],
        [12, 25.5],
        [10.2, 10.4],
      ]),
    );
    expect(d).toBe("M10 10h11v20l-9-4z"); // the closing point is the first: z draws it
  });

  it("does not drift: each point is its own rounded position, however many steps", () => {
    const ring: [number, number][] = Array.from({ length: 200 }, (_, i) => [i * 1.37, (i % 7) * 0.61 + 3]);
    const d = gridPath(identity)({ type: "LineString", coordinates: ring });
    let x = 0;
    let y = 0;
    const nums = d.match(/[MlhvL]|-?\d+/g)!;
    let cmd = "";
    const pts: [number, number][] = [];
    for (let i = 0; i < nums.length;) {
      if (/[A-Za-z]/.test(nums[i]!)) cmd = nums[i++]!;
      if (cmd === "M") [x, y] = [Number(nums[i++]), Number(nums[i++])];
      else if (cmd === "l") [x, y] = [x + Number(nums[i++]), y + Number(nums[i++])];
      else if (cmd === "h") x += Number(nums[i++]);
      else if (cmd === "v") y += Number(nums[i++]);
      pts.push([x, y]);
    }
    const last = ring[ring.length - 1]!;
    expect(pts[pts.length - 1]).toEqual([Math.round(last[0]), Math.round(last[1])]);
  });

  it("drops rings and lines that round to a single point", () => {
    const tiny = poly([
      [5.1, 5.1],
      [5.2, 5.3],
      [5.3, 5.1],
      [5.1, 5.1],
    ]);
    expect(gridPath(identity)(tiny)).toBe("");
    expect(gridPath(identity).area(tiny)).toBeGreaterThan(0);
  });

  it("writes half units on a half-unit grid", () => {
    expect(
      gridPath(
        identity,
        0.5,
      )({
        type: "LineString",
        coordinates: [
          [1.26, 2],
          [2.1, 2.74],
        ],
      }),
    ).toBe("M1.5 2l.5.5");
  });
});
