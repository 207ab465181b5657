/**
 * Trafficking, smuggling and irregular migration side by side, element by element, as the two Palermo
 * Protocols define them. The cells restate the treaty texts (definitions, not figures) and live in
 * data/definitions.csv, each tied to the instrument it comes from, so the chart cites exactly what it draws on.
 * Drawn by hand: a table of text has no scale for Plot to add.
 */
import type { Concept, Definition, DefinitionAspect } from "../data/schemas.ts";
import { CONCEPTS } from "../data/schemas.ts";
import { el, multiline, setHeight, svgRoot, tip, typeOf, wrap, type Typo } from "./svg.ts";
import { sourcesOf, type ChartModule, type Ctx } from "./types.ts";

export const CONCEPT_COLORS: Record<Concept, string> = {
  trafficking: "--cat-2",
  smuggling: "--cat-1",
  irregular: "--cat-3",
};

export interface DefinitionCell extends Definition {
  instrumentName: string;
}

export interface DefinitionsSeries {
  aspects: DefinitionAspect[];
  concepts: Concept[];
  cells: DefinitionCell[];
}

const statusOf = (c: Definition, ctx: Ctx) =>
  c.label ?? ctx.t.charts["definitions-compared"].status[c.status];

/** A view of only some elements (rows): what an essay step or a slide talks about. */
const only =
  (...keep: DefinitionAspect[]) =>
  (s: DefinitionsSeries): DefinitionsSeries => ({
    ...s,
    aspects: s.aspects.filter((a) => keep.includes(a)),
    cells: s.cells.filter((c) => keep.includes(c.aspect)),
  });

const chart: ChartModule<DefinitionsSeries> = {
  id: "definitions-compared",
  kind: "chart",
  numberKind: "no_figures",
  datasets: ["definitions", "instruments"],
  prepare(data, ctx) {
    const byId = new Map(data.instruments.map((i) => [i.id, i]));
    const short = ctx.t.charts["definitions-compared"].instrument;
    // A cell is drawn only when the instrument it restates is in the data.
    const cells = data.definitions
      .filter((c) => byId.has(c.instrument))
      .map((c) => ({ ...c, instrumentName: short[c.instrument] ?? byId.get(c.instrument)!.name }));
    const aspects = [...new Set(cells.map((c) => c.aspect))];
    const concepts = CONCEPTS.filter((k) => cells.some((c) => c.concept === k));
    return { aspects, concepts, cells };
  },
  views: {
    act: only("act"),
    "act-means-purpose": only("act", "means", "purpose"),
    "consent-border": only("consent", "border", "person"),
    "exploitation-person": only("exploitation", "person"),
  },
  describe({ aspects, concepts, cells }, ctx) {
    const t = ctx.t.charts["definitions-compared"];
    const lines = aspects.map((a) => {
      const bits = concepts.flatMap((k) => {
        const c = cells.find((d) => d.aspect === a && d.concept === k);
        return c
          ? [t.describe.cell(t.conceptShort[k].toLowerCase(), statusOf(c, ctx).toLowerCase(), c.text)]
          : [];
      });
      return t.describe.aspect(t.aspect[a], bits.join("; "));
    });
    return [t.describe.intro(ctx.fmt.list(concepts.map((k) => t.concept[k].toLowerCase()))), ...lines].join(
      " ",
    );
  },
  sources: ({ cells }) => sourcesOf(cells),
  render({ aspects, concepts, cells }, { width, document: doc, variant, ctx }) {
    const t = ctx.t.charts["definitions-compared"];
    const typo = typeOf(variant);
    const narrow = variant.size === "narrow" || concepts.length * 150 > width;
    const svg = svgRoot(doc, width, 0, "definitions-compared");
    const lh = typo.lh(typo.base);
    let y = 0;
    const block = (c: DefinitionCell, x: number, y0: number, w: number) =>
      drawCell(doc, c, x, y0, w, typo, ctx);
    if (!narrow) {
      const labelW = Math.ceil(width * 0.16);
      const colW = (width - labelW) / concepts.length;
      let headH = 0;
      concepts.forEach((k, i) => {
        const x = labelW + i * colW;
        const lines = wrap(t.concept[k], colW - 8, typo.head, 700);
        svg.append(
          el(doc, "rect", { x: x + 2, y: 0, width: colW - 4, height: 4, fill: `var(${CONCEPT_COLORS[k]})` }),
          multiline(doc, lines, x + 4, 10 + typo.head, typo.lh(typo.head), {
            class: "col-head",
            "font-size": typo.head,
            "font-weight": 700,
          }),
        );
        headH = Math.max(headH, 10 + lines.length * typo.lh(typo.head));
      });
      y = headH + 14;
      for (const a of aspects) {
        const blocks = concepts.map((k, i) => {
          const c = cells.find((d) => d.aspect === a && d.concept === k);
          return c ? block(c, labelW + i * colW + 2, y, colW - 4) : undefined;
        });
        const h = Math.max(...blocks.map((b) => b?.h ?? 0));
        svg.append(el(doc, "line", { x1: 0, x2: width, y1: y - 3, y2: y - 3, stroke: "var(--rule)" }));
        svg.append(
          multiline(doc, wrap(t.aspect[a], labelW - 6, typo.base, 700), 0, y + lh + 5, lh, {
            class: "row-head",
            "font-size": typo.base,
            "font-weight": 700,
          }),
        );
        for (const b of blocks) if (b) svg.append(b.g);
        y += h + 6;
      }
    } else y = drawCompact(svg, { aspects, concepts, cells }, width, typo, ctx);
    setHeight(svg, y + 4);
    return svg;
  },
  rows: ({ cells }, ctx) => {
    const t = ctx.t.charts["definitions-compared"];
    return cells.map((c) => ({
      element: t.aspect[c.aspect],
      concept: t.concept[c.concept],
      status: statusOf(c, ctx),
      what_the_treaty_says: c.text,
      instrument: c.instrumentName,
      article: c.article,
      source_ids: c.source_ids.join(";"),
    }));
  },
  legend: ({ concepts }, ctx) =>
    concepts.map((k) => ({
      label: ctx.t.charts["definitions-compared"].concept[k],
      color: CONCEPT_COLORS[k],
    })),
  notes: (_s, ctx) => {
    const t = ctx.t.charts["definitions-compared"].notes;
    return [t.glyphs, t.wording, t.india];
  },
  hint: (ctx) => ctx.t.hints["definitions-compared"],
};

/**
 * On a phone, a grid of marks: a row per element, a column per concept, each cell its mark and status word.
 * The treaty's words are in each cell's tooltip and in the table; the step's text tells the rest.
 */
function drawCompact(svg: Element, s: DefinitionsSeries, width: number, typo: Typo, ctx: Ctx): number {
  const t = ctx.t.charts["definitions-compared"];
  const doc = svg.ownerDocument;
  const labelW = Math.ceil(width * 0.24);
  const colW = (width - labelW) / s.concepts.length;
  const lh = typo.lh(typo.small);
  let headH = 0;
  s.concepts.forEach((k, i) => {
    const x = labelW + i * colW;
    const lines = wrap(t.conceptShort[k], colW - 6, typo.small, 700);
    svg.append(
      el(doc, "rect", { x: x + 2, y: 0, width: colW - 4, height: 4, fill: `var(${CONCEPT_COLORS[k]})` }),
      multiline(doc, lines, x + colW / 2, 8 + typo.small, lh, {
        class: "col-head",
        "text-anchor": "middle",
        "font-size": typo.small,
        "font-weight": 700,
      }),
    );
    headH = Math.max(headH, 8 + lines.length * lh);
  });
  let y = headH + 10;
  for (const a of s.aspects) {
    const words = s.concepts.map((k) => {
      const c = s.cells.find((d) => d.aspect === a && d.concept === k);
      return c ? wrap(statusOf(c, ctx), colW - 6, typo.small) : [];
    });
    const label = wrap(t.aspect[a], labelW - 6, typo.small, 700);
    const h = Math.max(label.length * lh, 18 + Math.max(...words.map((w) => w.length)) * lh) + 8;
    svg.append(
      el(doc, "line", { x1: 0, x2: width, y1: y, y2: y, stroke: "var(--rule)" }),
      multiline(doc, label, 0, y + 4 + typo.small, lh, {
        class: "row-head",
        "font-size": typo.small,
        "font-weight": 700,
      }),
    );
    s.concepts.forEach((k, i) => {
      const c = s.cells.find((d) => d.aspect === a && d.concept === k);
      if (!c) return;
      const x = labelW + i * colW;
      const g = el(doc, "g", { class: `def-cell concept-${c.concept}` });
      g.append(
        tip(
          el(doc, "rect", {
            x: x + 1,
            y: y + 1,
            width: colW - 2,
            height: h - 2,
            class: "def-cell-bg",
            fill: "var(--fg)",
            "fill-opacity": 0.03,
          }),
          t.tip(t.concept[c.concept], t.aspect[c.aspect].toLowerCase(), c.text, c.instrumentName, c.article),
          `${c.aspect}|${c.concept}`,
        ),
        glyph(doc, c, x + colW / 2 - 6, y + 16),
        multiline(doc, words[i]!, x + colW / 2, y + 18 + typo.small, lh, {
          class: "def-status",
          "text-anchor": "middle",
          "font-size": typo.small,
        }),
      );
      svg.append(g);
    });
    y += h;
  }
  return y;
}

/** The mark for a status: filled dot (required), open ring (not required), diamond (set aside, or the person). */
function glyph(doc: Document, c: Definition, x: number, y: number): SVGElement {
  const color = `var(${CONCEPT_COLORS[c.concept]})`;
  if (c.status === "required") return el(doc, "circle", { cx: x + 6, cy: y - 4, r: 5, fill: color });
  if (c.status === "irrelevant" || c.status === "position")
    return el(doc, "rect", {
      x: x + 1,
      y: y - 9,
      width: 10,
      height: 10,
      fill: "none",
      stroke: color,
      "stroke-width": 2,
      transform: `rotate(45 ${x + 6} ${y - 4})`,
    });
  return el(doc, "circle", {
    cx: x + 6,
    cy: y - 4,
    r: 4.5,
    fill: "none",
    stroke: color,
    "stroke-width": 1.5,
  });
}

/** One cell: its status with its mark, then the treaty's words, wrapped to the cell. */
function drawCell(doc: Document, c: DefinitionCell, x: number, y0: number, w: number, typo: Typo, ctx: Ctx) {
  const t = ctx.t.charts["definitions-compared"];
  const lh = typo.lh(typo.base);
  const g = el(doc, "g", { class: `def-cell concept-${c.concept}` });
  const lines = wrap(c.text, w - 8, typo.base);
  const h = 8 + lh + lines.length * lh + 6;
  const bg = el(doc, "rect", {
    x,
    y: y0,
    width: w,
    height: h,
    class: "def-cell-bg",
    fill: "var(--fg)",
    "fill-opacity": 0.03,
  });
  tip(
    bg,
    t.tip(t.concept[c.concept], t.aspect[c.aspect].toLowerCase(), c.text, c.instrumentName, c.article),
    `${c.aspect}|${c.concept}`,
  );
  const base = y0 + 8 + lh - 3;
  g.append(
    bg,
    glyph(doc, c, x + 4, base),
    el(
      doc,
      "text",
      { x: x + 20, y: base, class: "def-status", "font-size": typo.base, "font-weight": 700 },
      statusOf(c, ctx),
    ),
    multiline(doc, lines, x + 4, base + lh + 1, lh, { class: "def-text", "font-size": typo.base }),
  );
  return { g, h };
}

export default chart;
