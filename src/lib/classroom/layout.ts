/**
 * Where a slide's figure goes and how large it is drawn. A slide is laid out on a fixed canvas (reveal.js
 * scales the canvas to the screen): 1280×720 on 16:9 screens and in print, 1280×960 on 4:3 projectors. The
 * figure sits beside the points ("side") or between the headline and the points ("stacked"), whichever
 * shows it larger; its box is estimated from the grid in src/styles/present.css (the numbers below mirror it),
 * and the stylesheet then fits the drawing to the box it really gets.
 */

export type CanvasName = "wide" | "standard";
export type SlideLayout = "side" | "stacked";
/** Which of the box's sides the drawing fills: it keeps its aspect ratio, so the other side follows. */
export type Fit = "width" | "height";

export interface Box {
  width: number;
  height: number;
}

/** The deck's canvases, in CSS pixels before reveal.js scales them. */
export const CANVASES: Record<CanvasName, Box> = {
  wide: { width: 1280, height: 720 },
  standard: { width: 1280, height: 960 },
};

/** The canvas for a screen: 4:3 (and anything squarer than 3:2) gets the taller one. */
export const canvasFor = (screen: Box): CanvasName =>
  screen.width / Math.max(1, screen.height) < 1.5 ? "standard" : "wide";

/**
 * The grid of a figure slide (present.css, `.slide-grid`), in canvas pixels: padding, gaps, the side layout's
 * text column, the caption's rows, and the type the stacked layout's rows are set in.
 */
export const GRID = {
  padX: 20,
  padTop: 14,
  /** Under the slide: the deck's tools, its slide number and its arrows. */
  padBottom: 34,
  gap: 12,
  /** The side layout's text column, as a share of the inner width. */
  textShare: 0.34,
  /** The caveats and source line under every figure, across the slide, in small type. */
  caption: { font: 12, line: 16.2, lines: 3 },
  /** Stacked: the kicker, and the headline's type. */
  kicker: 23,
  headline: { font: 36, line: 40 },
  /** Stacked: the figure's badge, title and subtitle, beside its legend (one line, at its own width). */
  figureHead: { font: 16, line: 21, badge: 26 },
  legend: { font: 15, swatch: 24, gap: 14 },
  /** Stacked: the points, in three columns. */
  points: { font: 21, line: 27, columns: 3, columnGap: 28, after: 8 },
} as const;

/** The words on a slide that take room from its figure. */
export interface SlideText {
  headline: string;
  points: readonly string[];
  /** The figure's title and subtitle. */
  figureTitle: string;
  figureSubtitle?: string;
  /** The labels of its legend. */
  legend?: readonly string[];
  /** Its caveats and source line, as they read under it. */
  caption?: string;
}

/** Lines a text wraps to in a column (an average glyph is about half the font size wide). */
export const linesOf = (text: string, width: number, font: number): number =>
  text ? Math.max(1, Math.ceil((text.length * font * 0.52) / width)) : 0;

/** The width of a legend on one line. */
const legendWidth = (labels: readonly string[]): number =>
  labels.reduce((w, l) => w + GRID.legend.swatch + l.length * GRID.legend.font * 0.52 + GRID.legend.gap, 0);

/** The box a figure gets in each layout on a canvas; without its slide's text, for a one-line headline. */
export function figureBox(layout: SlideLayout, canvas: Box, text?: SlideText): Box {
  const innerW = canvas.width - 2 * GRID.padX;
  const innerH = canvas.height - GRID.padTop - GRID.padBottom;
  const cap = GRID.caption;
  const caption = Math.max(cap.lines, linesOf(text?.caption ?? "", innerW, cap.font)) * cap.line;
  if (layout === "side") {
    const column = Math.round((innerW - GRID.gap) * GRID.textShare);
    return { width: innerW - GRID.gap - column, height: Math.floor(innerH - caption - GRID.gap) };
  }
  const { headline, figureHead: fh, points: pt } = GRID;
  const head =
    GRID.kicker + Math.max(1, linesOf(text?.headline ?? "", innerW, headline.font)) * headline.line;
  const title = [text?.figureTitle, text?.figureSubtitle].filter(Boolean).join(" ");
  const headWidth = Math.max(innerW / 3, innerW - GRID.gap - legendWidth(text?.legend ?? []));
  const figureHead = Math.max(fh.badge, linesOf(title, headWidth, fh.font) * fh.line) + fh.badge;
  const column = (innerW - (pt.columns - 1) * pt.columnGap) / pt.columns;
  const pointLines = Math.max(1, ...(text?.points ?? ["x"]).map((p) => linesOf(p, column, pt.font)));
  const points = (text?.points.length ?? 1) > 0 ? pointLines * pt.line + pt.after : 0;
  const rows = head + figureHead + points + caption + 4 * GRID.gap;
  return { width: innerW, height: Math.floor(innerH - rows) };
}

/** A drawing of aspect `ratio` (height ÷ width) fitted into a box: its size and the side it fills. */
export function fitInto(box: Box, ratio: number): Box & { fit: Fit } {
  if (!(ratio > 0)) throw new Error(`a drawing's aspect ratio must be positive, not ${ratio}`);
  const byWidth = box.height / box.width >= ratio;
  const width = byWidth ? box.width : box.height / ratio;
  return { width: Math.round(width), height: Math.round(width * ratio), fit: byWidth ? "width" : "height" };
}

export interface FigurePlacement {
  layout: SlideLayout;
  fit: Fit;
  /** The drawing's size on this canvas, before scaling to the screen. */
  size: Box;
  /** The drawing's share of the canvas area (the screen's, when the canvas fills it). */
  share: number;
}

export interface FigurePlan {
  /** The width to draw the figure at (its text is laid out for it). */
  renderWidth: number;
  wide: FigurePlacement;
  standard: FigurePlacement;
}

/**
 * How a figure is drawn at a given width: maps keep their aspect at any width (their text is an overlay sized
 * for the width they are shown at), charts lay their text out for the width, so their height changes.
 */
export interface Drawable {
  kind: "map" | "chart";
  /** The slide's words, which take room from the figure. */
  text?: SlideText;
  /** Height ÷ width of the drawing made at this width. */
  ratioAt(width: number): number;
}

/**
 * Charts are drawn at their box's width divided by one of these, then scaled to the box: a short chart drawn
 * narrower grows taller and its text larger; a tall one is drawn wide, since its height decides its size.
 */
export const CHART_ZOOMS = [1, 1.1, 1.25, 1.4, 1.6, 2] as const;

/** A figure this large on both canvases is large enough: a larger one would only scale its text up further. */
export const ENOUGH = 0.4;

/** The most legend entries that share the stacked layout's line with the figure's title. */
export const LEGEND_ON_ONE_LINE = 4;

const place = (layout: SlideLayout, canvas: Box, ratio: number, text?: SlideText): FigurePlacement => {
  const size = fitInto(figureBox(layout, canvas, text), ratio);
  return {
    layout,
    fit: size.fit,
    size: { width: size.width, height: size.height },
    share: (size.width * size.height) / (canvas.width * canvas.height),
  };
};

const bestOf = (placements: FigurePlacement[]): FigurePlacement =>
  placements.reduce((a, b) => (b.share > a.share ? b : a));

/**
 * Chooses the width to draw a figure at and, for each canvas, the layout that shows it largest. A map is
 * drawn at the width it is shown on a 16:9 screen. A chart is drawn at the widest of CHART_ZOOMS's widths
 * that makes it large enough (ENOUGH) on both canvases without shrinking its text, or else at the one that
 * makes it largest.
 */
export function planFigure(d: Drawable): FigurePlan {
  const layouts: SlideLayout[] =
    (d.text?.legend?.length ?? 0) > LEGEND_ON_ONE_LINE ? ["side"] : ["side", "stacked"];
  const options = layouts.flatMap((layout) => {
    const box = figureBox(layout, CANVASES.wide, d.text);
    const widths =
      d.kind === "chart"
        ? CHART_ZOOMS.map((z) => Math.round(box.width / z))
        : [fitInto(box, d.ratioAt(box.width)).width];
    return widths.map((renderWidth) => {
      const ratio = d.ratioAt(renderWidth);
      const wide = place(layout, CANVASES.wide, ratio, d.text);
      const standard = bestOf(layouts.map((l) => place(l, CANVASES.standard, ratio, d.text)));
      return { renderWidth, wide, standard, share: Math.min(wide.share, standard.share) };
    });
  });
  // How much the drawing is scaled on the slide: below 1 its text is smaller than it was set.
  const scale = (o: (typeof options)[number]) => o.wide.size.width / o.renderWidth;
  const good = options.filter((o) => o.share >= ENOUGH && scale(o) >= 1);
  const best = good.length
    ? good.reduce((a, b) => (scale(b) < scale(a) ? b : a))
    : options.reduce((a, b) => (b.share > a.share || (b.share === a.share && scale(b) > scale(a)) ? b : a));
  return { renderWidth: best.renderWidth, wide: best.wide, standard: best.standard };
}

/** The width and height attributes of a drawing's root `<svg>` (what its aspect ratio is read from). */
export function svgSize(svg: string): Box {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1]);
  if (!(width > 0 && height > 0))
    throw new Error(`a drawing needs a positive width and height: ${open.slice(0, 120)}`);
  return { width, height };
}
