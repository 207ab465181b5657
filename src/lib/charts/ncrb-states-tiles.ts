/**
 * Trafficking cases registered by state, as a tile-grid map: every state and union territory is one equal
 * square, so the small north-eastern states weigh as much as the large ones. One panel per year that has
 * figures for enough states; a state without a sourced figure is drawn as "no data", never as zero.
 */
import type { Stat } from "../data/schemas.ts";
import { ALIASES, BINS, binOf, COLS, ROWS, TILES } from "./ncrb-states-grid.ts";
import { seriesOf, splitAlternatives, yearOf, type NcrbSeries } from "./ncrb-series.ts";
import { plot, Plot, withTips } from "./plot.ts";
import { el, setHeight, svgRoot, textWidth as textWidthOf, typeOf, type Typo } from "./svg.ts";
import { sourcesOf, type ChartModule, type Ctx } from "./types.ts";

export { TILES, ALIASES, BINS, binOf } from "./ncrb-states-grid.ts";

/** The fewest states a year needs to get a panel: fewer would be a list, not a map. */
const MIN_STATES = 8;

export interface StateFigure {
  id: string;
  state: string;
  value: number;
  source_ids: string[];
  note: string;
  /** Another report's figure for the same state and year. */
  alt?: { id: string; value: number; source_ids: string[] };
}

export interface StatePanel {
  year: number;
  series: NcrbSeries;
  figures: StateFigure[];
}

export interface TilesSeries {
  panels: StatePanel[];
  /** In a view of some years (a part of the chart): how many years the whole chart has. */
  of?: number;
}

/** A view of one year's panel; a year without a panel (data without it) gives the whole chart. */
const year =
  (y: number) =>
  (s: TilesSeries): TilesSeries => {
    const panels = s.panels.filter((p) => p.year === y);
    return panels.length ? { panels, of: s.of ?? s.panels.length } : s;
  };

const code = (s: string) => ALIASES[s] ?? s;

const chart: ChartModule<TilesSeries> = {
  id: "ncrb-states-tiles",
  kind: "chart",
  numberKind: "registered_cases",
  datasets: ["ncrb-states"],
  prepare(data) {
    const rows = data["ncrb-states"].filter(
      (s) => s.measure === "cases_registered" && s.year && TILES[code(s.subject)],
    );
    const { main, alternatives } = splitAlternatives(rows);
    const byYear = new Map<number, Stat[]>();
    for (const s of main) byYear.set(yearOf(s), [...(byYear.get(yearOf(s)) ?? []), s]);
    const panels = [...byYear.entries()]
      .filter(([, list]) => list.length >= MIN_STATES)
      .sort(([a], [b]) => a - b)
      .map(([year, list]) => ({
        year,
        series: seriesOf(list[0]!),
        figures: list.map((s) => {
          const alt = alternatives.find((a) => a.of.id === s.id)?.alt;
          return {
            id: s.id,
            state: code(s.subject),
            value: s.value,
            source_ids: s.source_ids,
            note: s.note ?? "",
            ...(alt ? { alt: { id: alt.id, value: alt.value, source_ids: alt.source_ids } } : {}),
          };
        }),
      }));
    return { panels };
  },
  views: {
    /** 2021: the year a step compares the north-eastern border states in. */
    "year-2021": year(2021),
  },
  describe({ panels, of }, ctx) {
    const t = ctx.t.charts["ncrb-states-tiles"];
    if (!panels.length) return t.describe.none;
    const total = Object.keys(TILES).length;
    const part = of === undefined ? [] : [ctx.t.charts.common.part(panels.length * total, of * total)];
    const parts = panels.map((p) => {
      const sorted = [...p.figures].sort((a, b) => b.value - a.value);
      const top = sorted.slice(0, 3).map((f) => t.describe.top(ctx.admin1(f.state), ctx.fmt.number(f.value)));
      const zero = p.figures.filter((f) => f.value === 0).map((f) => ctx.admin1(f.state));
      return t.describe.panel(
        p.year,
        ctx.t.charts.ncrb.short[p.series],
        p.figures.length,
        total,
        ctx.fmt.list(top),
        zero.length ? ctx.fmt.list(zero) : "",
        total - p.figures.length,
      );
    });
    return [...part, t.describe.intro, ...parts].join(" ");
  },
  sources: ({ panels }) =>
    sourcesOf(panels.flatMap((p) => p.figures.flatMap((f) => [f, ...(f.alt ? [f.alt] : [])]))),
  render({ panels }, { width, document: doc, variant, ctx }) {
    const typo = typeOf(variant);
    const perRow = variant.size === "narrow" ? 1 : Math.min(2, Math.max(1, panels.length));
    const gap = 24;
    const panelW = (width - gap * (perRow - 1)) / perRow;
    const tile = Math.min(46, Math.floor(panelW / COLS));
    const svg = svgRoot(doc, width, 0, "ncrb-states-tiles");
    let height = 0;
    panels.forEach((p, i) => {
      const panel = drawPanel(p, tile, doc, typo, ctx);
      const h = Number(panel.getAttribute("height"));
      const x = (i % perRow) * (panelW + gap);
      const y = Math.floor(i / perRow) * (h + 16);
      panel.setAttribute("x", String(x));
      panel.setAttribute("y", String(y));
      panel.removeAttribute("xmlns");
      svg.append(panel);
      height = Math.max(height, y + h + 16);
    });
    svg.append(legend(doc, height, typo, ctx));
    setHeight(svg, height + 2 * typo.lh(typo.small) + 10);
    return svg;
  },
  rows: ({ panels }, ctx) =>
    panels.flatMap((p) =>
      Object.keys(TILES).map((st) => {
        const f = p.figures.find((d) => d.state === st);
        return {
          year: p.year,
          state: ctx.admin1(st),
          code: st,
          cases_registered: f ? f.value : "",
          other_report: f?.alt ? f.alt.value : "",
          method: ctx.t.charts.ncrb.method[p.series],
          source_ids: f
            ? [...f.source_ids, ...(f.alt?.source_ids ?? [])]
                .filter((v, i, a) => a.indexOf(v) === i)
                .join(";")
            : "",
        };
      }),
    ),
  notes: ({ panels }, ctx) => {
    const t = ctx.t.charts["ncrb-states-tiles"].notes;
    const both = panels.some((p) => p.series === "older") && panels.some((p) => p.series === "ahtu");
    return [t.tiles, t.dashed, ...(both ? [t.methods] : []), t.police];
  },
};

/** One grid position of a panel: a state with its figure, or none. */
type Slot = { state: string; col: number; row: number; figure?: StateFigure };

/** One year's tile grid, drawn with Plot's cell and text marks on a band grid of columns and rows. */
function drawPanel(p: StatePanel, tile: number, document: Document, typo: Typo, ctx: Ctx): SVGSVGElement {
  const t = ctx.t.charts["ncrb-states-tiles"];
  const slots: Slot[] = Object.entries(TILES).map(([state, [col, row]]) => {
    const figure = p.figures.find((d) => d.state === state);
    return figure ? { state, col, row, figure } : { state, col, row };
  });
  const empty = slots.filter((s) => !s.figure);
  const bin = (s: Slot) => (s.figure ? binOf(s.figure.value) : -1);
  const big = tile > 34;
  const top = typo.lh(typo.head) + 6;
  const ink = (s: Slot) => (!s.figure ? "var(--fg-soft)" : bin(s) >= 3 ? "var(--bg)" : "var(--fg)");
  const n = (v: number) => ctx.fmt.number(v);
  return plot(
    {
      document,
      width: tile * COLS,
      height: top + tile * ROWS,
      margin: 0,
      marginTop: top,
      x: { type: "band", domain: [...Array(COLS).keys()], padding: 0, axis: null },
      y: { type: "band", domain: [...Array(ROWS).keys()], padding: 0, axis: null },
      marks: [
        Plot.text([t.panel(p.year, ctx.t.charts.ncrb.short[p.series])], {
          frameAnchor: "top-left",
          dy: -top + 2,
          lineAnchor: "top",
          fontSize: typo.head,
          fontWeight: 700,
          fill: "var(--fg)",
          text: (d: string) => d,
          ariaHidden: "true",
        }),
        Plot.cell(slots, {
          x: "col",
          y: "row",
          inset: 1,
          rx: 3,
          fill: (s: Slot) => (s.figure ? "var(--cat-1)" : "var(--fg)"),
          fillOpacity: (s: Slot) => (s.figure ? BINS[bin(s)]!.opacity : 0),
          ariaHidden: "true",
          render: withTips(
            slots,
            (s) =>
              s.figure
                ? t.tip(ctx.admin1(s.state), p.year, n(s.figure.value), s.figure.alt && n(s.figure.alt.value))
                : t.missingTip(ctx.admin1(s.state), p.year),
            (s) => ({ class: s.figure ? `tile bin-${bin(s)}` : "tile no-data" }),
          ),
        }),
        Plot.cell(empty, {
          x: "col",
          y: "row",
          inset: 1.5,
          rx: 3,
          fill: "none",
          stroke: "var(--rule)",
          strokeDasharray: "3,2",
          pointerEvents: "none",
          ariaHidden: "true",
        }),
        Plot.text(slots, {
          x: "col",
          y: "row",
          dy: big ? -6 : 0,
          text: (s: Slot) => s.state.slice(3),
          fontSize: typo.small,
          fontWeight: 700,
          fill: ink,
          pointerEvents: "none",
          ariaHidden: "true",
        }),
        ...(big
          ? [
              Plot.text(
                slots.filter((s) => s.figure),
                {
                  x: "col",
                  y: "row",
                  dy: 7,
                  text: (s: Slot) => n(s.figure!.value),
                  fontSize: typo.small >= 16 ? typo.small : Math.max(11, typo.small - 1),
                  fill: ink,
                  pointerEvents: "none",
                  ariaHidden: "true",
                },
              ),
            ]
          : []),
      ],
    },
    typo,
  );
}

/** The shades and their ranges, inside the drawing (the page legend holds only flat colours). */
function legend(doc: Document, y0: number, typo: Typo, ctx: Ctx): SVGElement {
  const t = ctx.t.charts["ncrb-states-tiles"];
  const g = el(doc, "g", { class: "tile-legend", "aria-hidden": "true", "font-size": typo.small });
  const n = (v: number) => ctx.fmt.number(v);
  const labels = [
    ...BINS.map((b) => t.bin(n(b.min), Number.isFinite(b.max) ? n(b.max) : undefined)),
    t.noData,
  ];
  let x = 0;
  labels.forEach((label, i) => {
    const w = Math.max(40, Math.ceil(textWidthOf(label, typo.small)) + 10);
    const b = BINS[i];
    g.append(
      b
        ? el(doc, "rect", {
            x,
            y: y0,
            width: w - 4,
            height: 10,
            fill: "var(--cat-1)",
            "fill-opacity": b.opacity,
          })
        : el(doc, "rect", {
            x,
            y: y0,
            width: w - 4,
            height: 10,
            fill: "none",
            stroke: "var(--rule)",
            "stroke-dasharray": "3,2",
          }),
      el(doc, "text", { x, y: y0 + 10 + typo.lh(typo.small), fill: "var(--fg-soft)" }, label),
    );
    x += w;
  });
  return g;
}

export default chart;
