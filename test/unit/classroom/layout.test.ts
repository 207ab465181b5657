import { describe, expect, it } from "vitest";
import {
  CANVASES,
  canvasFor,
  CHART_ZOOMS,
  ENOUGH,
  figureBox,
  fitInto,
  linesOf,
  planFigure,
  svgSize,
} from "../../../src/lib/classroom/layout.ts";

const area = (c: { width: number; height: number }) => c.width * c.height;

describe("canvasFor", () => {
  it("gives 16:9 screens the wide canvas and 4:3 projectors the standard one", () => {
    expect(canvasFor({ width: 1280, height: 720 })).toBe("wide");
    expect(canvasFor({ width: 1920, height: 1080 })).toBe("wide");
    expect(canvasFor({ width: 1440, height: 900 })).toBe("wide");
    expect(canvasFor({ width: 1024, height: 768 })).toBe("standard");
    expect(canvasFor({ width: 1280, height: 1024 })).toBe("standard");
  });
});

describe("the slide's words", () => {
  const text = (points: string[], headline = "A short headline") => ({
    headline,
    points,
    figureTitle: "A figure",
  });
  it("wrap to more lines in a narrower column or a larger type", () => {
    const p = "Rohingya arrivals by sea rose again in 2023 and 2024, with more deaths";
    expect(linesOf(p, 1000, 21)).toBe(1);
    expect(linesOf(p, 300, 21)).toBe(3);
    expect(linesOf(p, 300, 30)).toBeGreaterThan(linesOf(p, 300, 21));
    expect(linesOf("", 300, 21)).toBe(0);
  });
  it("take room from a figure across the slide, and none from a figure beside the points", () => {
    const long =
      "A point long enough to wrap onto a third line in a column a third of the slide wide, or more";
    const few = figureBox("stacked", CANVASES.wide, text(["One", "Two"]));
    const many = figureBox("stacked", CANVASES.wide, text([long, "Two"], `${long} ${long}`));
    expect(many.height).toBeLessThan(few.height - 60);
    expect(many.width).toBe(few.width);
    expect(figureBox("side", CANVASES.wide, text([long]))).toEqual(figureBox("side", CANVASES.wide));
  });
  it("take room from every figure when its caveats run long, and from a stacked one when its legend does", () => {
    const caveat = "Boundaries and names shown do not imply endorsement or acceptance. ".repeat(10);
    for (const layout of ["side", "stacked"] as const)
      expect(figureBox(layout, CANVASES.wide, { ...text([]), caption: caveat }).height).toBeLessThan(
        figureBox(layout, CANVASES.wide, text([])).height,
      );
    const title = {
      ...text([]),
      figureSubtitle:
        "A subtitle that runs on for a while, as subtitles do, naming what is shown and from when",
    };
    expect(
      figureBox("stacked", CANVASES.wide, {
        ...title,
        legend: ["Trafficking in persons", "Smuggling of migrants", "Irregular migration"],
      }).height,
    ).toBeLessThan(figureBox("stacked", CANVASES.wide, title).height);
  });
});

describe("fitInto", () => {
  const box = { width: 800, height: 600 };
  it("fills the width of a box for a wide drawing and the height for a tall one, keeping its aspect", () => {
    expect(fitInto(box, 0.5)).toEqual({ width: 800, height: 400, fit: "width" });
    expect(fitInto(box, 1.5)).toEqual({ width: 400, height: 600, fit: "height" });
    expect(fitInto(box, 0.75)).toEqual({ width: 800, height: 600, fit: "width" });
  });
  it("refuses a drawing with no aspect ratio", () => {
    expect(() => fitInto(box, 0)).toThrow(/positive/);
    expect(() => fitInto(box, Number.NaN)).toThrow(/positive/);
  });
});

describe("figureBox", () => {
  it("gives the side layout most of the width and the stacked one the whole width", () => {
    const side = figureBox("side", CANVASES.wide);
    const stacked = figureBox("stacked", CANVASES.wide);
    expect(side.width).toBeGreaterThan(CANVASES.wide.width * 0.6);
    expect(side.height).toBeGreaterThan(CANVASES.wide.height * 0.8);
    expect(stacked.width).toBeGreaterThan(CANVASES.wide.width * 0.95);
    expect(stacked.height).toBeLessThan(side.height);
    expect(figureBox("side", CANVASES.standard).height).toBeGreaterThan(side.height);
  });
});

describe("planFigure", () => {
  const map = (ratio: number) => ({ kind: "map" as const, ratioAt: () => ratio });
  it("puts a square or tall map beside the points, drawn at the width it is shown", () => {
    const plan = planFigure(map(1.03));
    expect(plan.wide.layout).toBe("side");
    expect(plan.wide.fit).toBe("height");
    expect(plan.renderWidth).toBe(plan.wide.size.width);
    expect(plan.wide.share).toBeGreaterThan(0.3);
  });
  it("puts a very wide map across the slide", () => {
    const plan = planFigure(map(0.34));
    expect(plan.wide.layout).toBe("stacked");
    expect(plan.wide.share).toBeGreaterThan(0.3);
  });
  it("chooses, for every aspect, the layout with the larger drawing, on both canvases", () => {
    for (const ratio of [0.2, 0.34, 0.47, 0.6, 0.8, 1, 1.2, 1.6]) {
      const plan = planFigure(map(ratio));
      for (const name of ["wide", "standard"] as const) {
        const other = plan[name].layout === "side" ? "stacked" : "side";
        const theirs = fitInto(figureBox(other, CANVASES[name]), ratio);
        expect(area(plan[name].size), `${ratio} on ${name}`).toBeGreaterThanOrEqual(area(theirs));
      }
    }
  });
  it("fills at least 30 % of a 4:3 screen with maps of the corridors' shapes", () => {
    for (const ratio of [0.34, 0.655, 0.8, 1.03, 1.18, 1.24])
      expect(planFigure(map(ratio)).standard.share, String(ratio)).toBeGreaterThan(0.3);
  });
  it("draws a short chart narrower than its box, so that scaled up it is taller and its text larger", () => {
    // A chart whose height is fixed by its rows: drawn narrower, it is relatively taller.
    const short = (w: number) => 170 / w;
    const plan = planFigure({ kind: "chart", ratioAt: short });
    const box = figureBox(plan.wide.layout, CANVASES.wide);
    expect(plan.renderWidth).toBeLessThan(box.width / 1.5);
    expect(plan.wide.size.width / plan.renderWidth).toBeGreaterThan(1.5);
    const asWide = fitInto(box, short(box.width));
    expect(area(plan.wide.size)).toBeGreaterThan(area(asWide) * 1.5);
  });
  it("draws a tall chart at its box's width, where its height alone decides its size", () => {
    const asked: number[] = [];
    const plan = planFigure({
      kind: "chart",
      ratioAt: (w) => {
        asked.push(w);
        return 1200 / w;
      },
    });
    expect(plan.wide.fit).toBe("height");
    expect(plan.renderWidth).toBe(figureBox(plan.wide.layout, CANVASES.wide).width);
    expect(asked.length).toBe(CHART_ZOOMS.length * 2);
  });
});

describe("planFigure's choices", () => {
  it("draws a chart at the widest width that makes it large enough on both canvases, not larger", () => {
    // Height 250 whatever the width: the narrower it is drawn, the more it is scaled up. Drawn at its box's
    // width it is too small on a 4:3 canvas; drawn at half of it, it would be larger than it needs to be.
    const plan = planFigure({ kind: "chart", ratioAt: (w) => 250 / w });
    expect(Math.min(plan.wide.share, plan.standard.share)).toBeGreaterThanOrEqual(ENOUGH);
    const zoom = figureBox(plan.wide.layout, CANVASES.wide).width / plan.renderWidth;
    expect(zoom).toBeGreaterThan(1);
    expect(zoom).toBeLessThan(Math.max(...CHART_ZOOMS));
  });
  it("keeps a figure with a long legend beside the points, where the legend is a list", () => {
    const wideMap = { kind: "map" as const, ratioAt: () => 0.34 };
    expect(planFigure(wideMap).wide.layout).toBe("stacked");
    const legend = ["one", "two", "three", "four", "five", "six"];
    const plan = planFigure({ ...wideMap, text: { headline: "h", points: [], figureTitle: "t", legend } });
    expect(plan.wide.layout).toBe("side");
    expect(plan.standard.layout).toBe("side");
  });
});

describe("svgSize", () => {
  it("reads the root element's width and height", () => {
    expect(
      svgSize('<svg viewBox="0 0 10 5" width="760" height="498.5"><rect width="3" height="9"/></svg>'),
    ).toEqual({ width: 760, height: 498.5 });
  });
  it("refuses a drawing without a size", () => {
    expect(() => svgSize('<svg viewBox="0 0 10 5"></svg>')).toThrow(/positive width and height/);
  });
});
