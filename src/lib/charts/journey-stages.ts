/**
 * The journey from recruitment to exploitation, told twice: as a smuggled journey and as trafficking. The
 * arrows mark where the paper (drawing on UNODC and IOM) says a smuggled journey can turn into trafficking.
 * Stages, not numbers: a schematic retold in our words, kept in data/journey.csv with each stage's sources.
 * Drawn by hand: boxes of text and arrows, no scale.
 */
import type { JourneyStage } from "../data/schemas.ts";
import { el, multiline, setHeight, svgRoot, tip, typeOf, wrap } from "./svg.ts";
import { sourcesOf, type ChartModule } from "./types.ts";

export interface JourneySeries {
  stages: JourneyStage[];
  /** In a view (a run of stages): the place of its first stage in the whole journey (0 for the first). */
  start?: number;
  /** In a view: how many stages the whole journey has. */
  of?: number;
}

/** A view of a run of stages, `from` to `to` (ids in data/journey.csv): the stages a step talks about. */
const run =
  (from: string, to: string = from) =>
  (s: JourneySeries): JourneySeries => {
    const i = s.stages.findIndex((x) => x.id === from);
    const j = s.stages.findIndex((x) => x.id === to);
    // Data without those stages (a test fixture) gets the whole journey, never an empty drawing.
    if (i < 0 || j < i) return s;
    const stages = s.stages.slice(i, j + 1);
    return { stages, start: (s.start ?? 0) + i, of: s.of ?? s.stages.length };
  };

const chart: ChartModule<JourneySeries> = {
  id: "journey-stages",
  kind: "chart",
  numberKind: "no_figures",
  datasets: ["journey"],
  prepare: (data) => ({ stages: data.journey }),
  views: {
    /** Why people leave, and the deal with a smuggler or a recruiter. */
    begins: run("push", "recruitment"),
    /** The three stages where a smuggled journey can turn into trafficking. */
    turns: run("recruitment", "arrival"),
    /** Arrival under someone's control, and the exploitation the law most often misses. */
    "no-help": run("arrival", "exploitation"),
    /** Recruitment alone: where online offers come in. */
    recruitment: run("recruitment"),
  },
  describe({ stages, of }, ctx) {
    const t = ctx.t.charts["journey-stages"].describe;
    const turns = stages.filter((s) => s.turn);
    return [
      ...(of === undefined ? [] : [ctx.t.charts.common.part(stages.length, of)]),
      t.intro(stages.length, ctx.fmt.list(stages.map((s) => t.stageName(s.stage)))),
      ...stages.map((s) => t.stage(s.stage, s.smuggling, s.trafficking, s.turn)),
      ...(turns.length ? [t.turns(ctx.fmt.list(turns.map((s) => t.stageName(s.stage))))] : []),
    ].join(" ");
  },
  sources: ({ stages }) => sourcesOf(stages),
  render({ stages, start = 0 }, { width, document: doc, variant, ctx }) {
    const t = ctx.t.charts["journey-stages"];
    const typo = typeOf(variant);
    const narrow = variant.size === "narrow";
    const gap = narrow ? 26 : 56;
    const boxW = (width - gap) / 2;
    const lh = typo.lh(typo.base);
    const svg = svgRoot(doc, width, 0, "journey-stages");
    const heads = [
      { x: 0, text: t.smuggled, color: "var(--cat-1)" },
      { x: boxW + gap, text: t.trafficking, color: "var(--cat-2)" },
    ];
    for (const h of heads) {
      svg.append(
        el(doc, "rect", { x: h.x, y: 0, width: boxW, height: 4, fill: h.color }),
        el(
          doc,
          "text",
          { x: h.x, y: 10 + typo.head, class: "col-head", "font-size": typo.head, "font-weight": 700 },
          h.text,
        ),
      );
    }
    let y = 18 + typo.lh(typo.head);
    stages.forEach((s, i) => {
      svg.append(
        el(
          doc,
          "text",
          { x: 0, y: y + typo.head, class: "row-head", "font-size": typo.head, "font-weight": 700 },
          t.numbered(start + i + 1, s.stage),
        ),
      );
      y += typo.lh(typo.head) + 6;
      const left = wrap(s.smuggling, boxW - 16, typo.base);
      const right = wrap(s.trafficking, boxW - 16, typo.base);
      const h = Math.max(left.length, right.length) * lh + 16;
      const g = el(doc, "g", { class: "journey-stage", "data-stage": s.id });
      const box = (x: number, color: string, text: string) =>
        tip(
          el(doc, "rect", {
            x,
            y,
            width: boxW,
            height: h,
            rx: 6,
            class: "stage-box",
            fill: `var(${color})`,
            "fill-opacity": 0.1,
            stroke: `var(${color})`,
          }),
          text,
        );
      const text = (lines: string[], x: number) =>
        multiline(doc, lines, x + 8, y + 8 + lh - 3, lh, { class: "stage-text", "font-size": typo.base });
      g.append(
        box(0, "--cat-1", t.smuggledTip(s.stage, s.smuggling)),
        text(left, 0),
        box(boxW + gap, "--cat-2", t.traffickingTip(s.stage, s.trafficking)),
        text(right, boxW + gap),
      );
      if (s.turn) {
        const cy = y + h / 2;
        const x1 = boxW + 3;
        const x2 = boxW + gap - 4;
        const arrow = el(doc, "g", { class: "turn" });
        arrow.append(
          el(doc, "line", { x1, x2: x2 - 6, y1: cy, y2: cy, stroke: "var(--cat-4)", "stroke-width": 3 }),
          el(doc, "path", {
            d: `M${x2 - 8},${cy - 6} L${x2},${cy} L${x2 - 8},${cy + 6} Z`,
            fill: "var(--cat-4)",
          }),
          tip(
            el(doc, "rect", {
              x: x1,
              y: cy - 12,
              width: x2 - x1,
              height: 24,
              fill: "var(--cat-4)",
              "fill-opacity": 0.001,
              class: "turn-hit",
            }),
            t.turnTip(s.stage, s.turn),
          ),
        );
        g.append(arrow);
      }
      svg.append(g);
      y += h;
      if (s.turn) {
        const size = typo.small;
        const turnLines = wrap(t.canTurn(s.turn), width - 20, size);
        svg.append(
          multiline(doc, turnLines, boxW + gap / 2, y + 4 + size, typo.lh(size), {
            class: "turn-text",
            "text-anchor": "middle",
            "font-size": size,
            "font-style": "italic",
          }),
        );
        y += turnLines.length * typo.lh(size) + 6;
      }
      if (i < stages.length - 1)
        for (const x of [boxW / 2, boxW + gap + boxW / 2])
          svg.append(
            el(doc, "path", {
              d: `M${x},${y + 4} v10`,
              stroke: "var(--fg-soft)",
              "stroke-width": 1.5,
              class: "flow",
            }),
          );
      y += 12;
    });
    setHeight(svg, y + 4);
    return svg;
  },
  rows: ({ stages, start = 0 }) =>
    stages.map((s, i) => ({
      step: start + i + 1,
      stage: s.stage,
      smuggled_journey: s.smuggling,
      trafficking: s.trafficking,
      turning_point: s.turn ?? "",
      source_ids: s.source_ids.join(";"),
    })),
  legend: (_s, ctx) => {
    const t = ctx.t.charts["journey-stages"];
    return [
      { label: t.smuggled, color: "--cat-1" },
      { label: t.trafficking, color: "--cat-2" },
      { label: t.turnLegend, color: "--cat-4" },
    ];
  },
  notes: (_s, ctx) => {
    const t = ctx.t.charts["journey-stages"].notes;
    return [t.schematic, t.consent];
  },
  hint: (ctx) => ctx.t.hints["journey-stages"],
};

export default chart;
