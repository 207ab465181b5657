/**
 * The chart contract of DESIGN.md: every chart and map state is one module of this shape, listed once in
 * the registry (index.ts), and rendered the same way by the essay, the gallery, the embeds and the slides.
 * A module holds logic only: its title, subtitle and description are content (src/content/figures/<locale>.json)
 * and every other word comes from the locale's dictionary, through the context it is given.
 */
import type { Topology } from "topojson-specification";
import type { Datasets, DatasetId } from "../data/datasets.ts";
import type { NumberKind } from "../data/vocab.ts";
import type { FrameId } from "../geo/frames.ts";
import type { Ctx } from "../context.ts";

export type { NumberKind, Ctx };

/** What a module's `prepare` reads: the datasets and, for maps, each frame's geometry. */
export type Inputs = Datasets & { maps?: Partial<Record<FrameId, Topology>> };

/** Where a drawing is shown. */
export type Surface = "page" | "essay" | "slide" | "embed" | "export";
/** Narrow drawings are for phones (and small embeds): fewer, larger labels; wide ones for everything else. */
export type SizeClass = "narrow" | "wide";

/**
 * One drawing's variant: width class × surface × locale (the locale is the context's). Maps draw their geometry
 * once per frame and add a label overlay per variant; charts lay their text out for it.
 */
export interface Variant {
  size: SizeClass;
  surface: Surface;
}

/** The widths the site draws at, by size class. */
export const WIDTHS: Record<SizeClass, number> = { narrow: 360, wide: 640 };

export const variantOf = (width: number, surface: Surface = "page"): Variant => ({
  size: width <= WIDTHS.narrow + 40 ? "narrow" : "wide",
  surface,
});

export interface RenderOptions {
  width: number;
  height?: number;
  /** The document to create elements in: linkedom's at build time, the page's in a browser. */
  document: Document;
  variant: Variant;
  ctx: Ctx;
}

export interface LegendItem {
  label: string;
  /** The design token that colours it, e.g. `--cat-1` (a test checks that every legend names a token). */
  color: string;
  /** How the swatch is drawn: a filled square (the default), a ring, or a dashed line. */
  mark?: "fill" | "ring" | "dash";
}

/** The words a figure is shown with: content, per locale. */
export interface FigureText {
  title: string;
  subtitle?: string;
  description: string;
}

/** A control a chart offers beside its drawing (rendered by Chart.astro; the island wires it by its hooks). */
export interface Control {
  kind: "filter";
  /** The `data-*` attribute on the drawing's marks that the filter matches. */
  attribute: string;
  /** The label of the control group. */
  label: string;
  options: { value: string; label: string }[];
}

export interface ChartModule<Series = unknown> {
  /** The same string in the file name, the registry, the routes and the snapshot. */
  id: string;
  /** "map" for map states (the essay animates between states of one frame), "chart" otherwise. */
  kind: "chart" | "map";
  /** What kind of number it draws: detected cases are not prevalence. */
  numberKind: NumberKind;
  /** Dataset ids it reads. */
  datasets: readonly DatasetId[];
  /** Pure: rows in, what is drawn out. */
  prepare(data: Inputs, ctx: Ctx): Series;
  /** What a screen reader hears: generated from the series. */
  describe(series: Series, ctx: Ctx): string;
  /** Source ids of exactly the rows it draws. */
  sources(series: Series): string[];
  /** Draws the figure; colours come from design tokens (`var(--token)` in presentation attributes). */
  render(series: Series, opts: RenderOptions): Element;
  /** The data table and the CSV download: one object per row drawn. */
  rows(series: Series, ctx: Ctx): Record<string, string | number>[];
  legend?(series: Series, ctx: Ctx): LegendItem[];
  /** Extra caption lines under the figure: a method break, a boundary disclaimer, a scale note. */
  notes?(series: Series, ctx: Ctx): string[];
  /** Overrides the default interaction hint under the figure ("" for none). */
  hint?(ctx: Ctx): string;
  /** Controls shown with the figure (a filter). */
  controls?(series: Series, ctx: Ctx): Control[];
  /**
   * Named subsets an essay step or a slide may show instead of the whole figure (a tall matrix shows only
   * the rows its step talks about); the chart page always shows the whole.
   */
  views?: Record<string, (series: Series) => Series>;
}

/** An essay step; its slide has the same id. */
export interface Step {
  id: string;
  /** A chart or map-state id from the registry. */
  show: string;
  /** A named view of that figure (see ChartModule.views). */
  view?: string;
  slide: { headline: string; points: string[] };
  notes: string;
}

/** Collects the source ids of the rows drawn, in first-seen order. */
export const sourcesOf = (rows: readonly { source_ids: readonly string[] }[]): string[] => [
  ...new Set(rows.flatMap((r) => r.source_ids)),
];
