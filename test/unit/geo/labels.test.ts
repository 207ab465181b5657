import { describe, expect, it } from "vitest";
import {
  labelWidth,
  overlap,
  placeLabels,
  WIDTH_MARGIN,
  type LabelRequest,
} from "../../../src/lib/geo/labels.ts";
import { textWidth } from "../../../src/lib/svg/measure.ts";

const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };
const point = (id: string, x: number, y: number, priority = 1, text = id): LabelRequest => ({
  id,
  text,
  x,
  y,
  r: 4,
  priority,
  size: 11,
  kind: "point",
});

describe("label placement", () => {
  it("places labels that never overlap each other", () => {
    const reqs = Array.from({ length: 40 }, (_, i) =>
      point(`place-${i}`, 20 + (i % 8) * 35, 20 + Math.floor(i / 8) * 35),
    );
    const placed = placeLabels(reqs, bounds);
    expect(placed.length).toBeGreaterThan(5);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        expect(overlap(placed[i]!.box, placed[j]!.box), `${placed[i]!.id} / ${placed[j]!.id}`).toBe(false);
  });

  it("moves a label off a neighbour's position and keeps it inside the bounds", () => {
    const placed = placeLabels([point("a", 100, 100, 2, "Alpha"), point("b", 104, 100, 1, "Beta")], bounds);
    expect(placed.map((p) => p.id)).toEqual(["a", "b"]);
    expect(overlap(placed[0]!.box, placed[1]!.box)).toBe(false);
    const edge = placeLabels([point("e", 296, 100, 1, "Edge town")], bounds)[0]!;
    expect(edge.anchor).toBe("end");
    expect(edge.box.x1).toBeLessThanOrEqual(300);
  });

  it("keeps clear of obstacles and drops a label that cannot fit", () => {
    const wall = { x0: 0, y0: 0, x1: 300, y1: 200 };
    expect(placeLabels([point("x", 150, 100)], bounds, [wall])).toEqual([]);
    const bar = { x0: 104, y0: 90, x1: 200, y1: 110 };
    const placed = placeLabels([point("y", 100, 100, 1, "Yonder")], bounds, [bar]);
    expect(placed).toHaveLength(1);
    expect(overlap(placed[0]!.box, bar)).toBe(false);
  });

  it("places higher priorities first, ties by id, the same way every time", () => {
    const reqs = [point("low", 100, 100, 1, "Lowly"), point("high", 101, 100, 9, "Highly")];
    const a = placeLabels(reqs, bounds);
    expect(a[0]!.id).toBe("high");
    expect(placeLabels([...reqs].reverse(), bounds)).toEqual(a);
  });

  it("reserves the measured width, its letter spacing and a margin for the reader's font", () => {
    expect(labelWidth({ text: "Kolkata", size: 10 })).toBeCloseTo(textWidth("Kolkata", 10) * WIDTH_MARGIN);
    const spaced = labelWidth({ text: "India", size: 10, weight: 600, spacing: 0.04 });
    expect(spaced).toBeCloseTo((textWidth("India", 10, 600) + 0.04 * 10 * 4) * WIDTH_MARGIN);
  });
});
