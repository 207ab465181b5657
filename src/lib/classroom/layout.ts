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
 * The grid of a figure slide (present.css, `.slide-grid`), in canvas pixels: padding, the side layout's text
 * column, and the rows that the text takes in the stacked layout. Text heights are estimates for a headline on
 * one or two lines and points on two lines; the stylesheet shrinks the drawing if they take more.
 */
export const GRID = {
  padX: 20,
  padTop: 14,
  /** Under the slide: the deck's tools, its slide number and its arrows. */
  padBottom: 34,
  gap: 12,
  /** The side layout's text column, as a share of the inner width. */
  textShare: 0.34,
  /** The source line and caveats under every figure, across the slide (three lines of small type). */
  caption: 48,
  /** Stacked: kicker and headline; the figure's title and legend on one line; the points in a row. */
  head: 84,
  figureHead: 48,
  points: 66,
} as const;

/** The box a figure gets in each layout on a canvas. */
export function figureBox(layout: SlideLayout, canvas: Box): Box {
  const innerW = canvas.width - 2 * GRID.padX;
  const innerH = canvas.height - GRID.padTop - GRID.padBottom;
  if (layout === "side") {
    const text = Math.round((innerW - GRID.gap) * GRID.textShare);
    return { width: innerW - GRID.gap - text, height: innerH - GRID.caption - GRID.gap };
  }
  const rows = GRID.head + GRID.figureHead + GRID.points + GRID.caption + 4 * GRID.gap;
  return { width: innerW, height: innerH - rows };
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
  /** How many entries its legend has: a long legend cannot share a line with the figure's title. */
  legendItems?: number;
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

const place = (layout: SlideLayout, canvas: Box, ratio: number): FigurePlacement => {
  const size = fitInto(figureBox(layout, canvas), ratio);
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
 * that makes it large enough (ENOUGH) on both canvases, or else at the one that makes it largest.
 */
export function planFigure(d: Drawable): FigurePlan {
  const layouts: SlideLayout[] = (d.legendItems ?? 0) > LEGEND_ON_ONE_LINE ? ["side"] : ["side", "stacked"];
  const options = layouts.flatMap((layout) => {
    const box = figureBox(layout, CANVASES.wide);
    const widths =
      d.kind === "chart"
        ? CHART_ZOOMS.map((z) => Math.round(box.width / z))
        : [fitInto(box, d.ratioAt(box.width)).width];
    return widths.map((renderWidth) => {
      const ratio = d.ratioAt(renderWidth);
      const wide = place(layout, CANVASES.wide, ratio);
      const standard = bestOf(layouts.map((l) => place(l, CANVASES.standard, ratio)));
      return { renderWidth, wide, standard, share: Math.min(wide.share, standard.share) };
    });
  });
  const zoom = (o: (typeof options)[number]) => o.wide.size.width / o.renderWidth;
  const enough = options.filter((o) => o.share >= ENOUGH);
  const best = enough.length
    ? enough.reduce((a, b) => (zoom(b) < zoom(a) ? b : a))
    : options.reduce((a, b) => (b.share > a.share ? b : a));
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
