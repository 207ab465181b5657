/**
 * The chart contract of DESIGN.md: every chart and map state is one module of this shape, listed once in
 * the registry (index.ts), and rendered the same way by the essay, the gallery, the embeds and the slides.
 */
import type { Datasets, DatasetId } from "../data/datasets.ts";
import type { NumberKind } from "../data/schemas.ts";

export type { NumberKind };

export interface RenderOptions {
  width: number;
  height?: number;
  /** The document to create elements in: linkedom's at build time, the page's in a browser. */
  document: Document;
}

export interface LegendItem {
  label: string;
  /** The CSS custom property that colours it, e.g. `--cat-1`. */
  color: string;
}

export interface ChartModule<Series = unknown> {
  /** The same string in the file name, the registry, the routes and the snapshot. */
  id: string;
  title: string;
  subtitle?: string;
  /** One sentence on what the chart shows, for the gallery and the manifest. */
  description: string;
  /** What kind of number it draws: detected cases are not prevalence. */
  numberKind: NumberKind;
  /** Dataset ids it reads. */
  datasets: readonly DatasetId[];
  /** Pure: rows in, what is drawn out. */
  prepare(data: Datasets): Series;
  /** What a screen reader hears: generated from the series. */
  describe(series: Series): string;
  /** Source ids of exactly the rows it draws. */
  sources(series: Series): string[];
  /** Draws the figure; colours come from CSS custom properties. */
  render(series: Series, opts: RenderOptions): Element;
  /** The data table and the CSV download: one object per row drawn. */
  rows(series: Series): Record<string, string | number>[];
  legend?(series: Series): LegendItem[];
  /** Extra caption lines under the figure: a method break, a boundary disclaimer, a scale note. */
  notes?(series: Series): string[];
  /** Overrides the default interaction hint under the figure ("" for none). */
  hint?: string;
  /** "map" for map states (the essay animates between states of one frame), "chart" otherwise. */
  kind?: "chart" | "map";
}

/** An essay step; its slide has the same id. */
export interface Step {
  id: string;
  /** A chart or map-state id from the registry. */
  show: string;
  slide: { headline: string; points: string[] };
  notes: string;
}

export const NUMBER_KIND_LABELS: Record<NumberKind, string> = {
  registered_cases: "Registered cases",
  detected_victims: "Detected victims",
  minimum_count: "Minimum count",
  modelled_estimate: "Modelled estimate",
  official_figure: "Official figure",
  rating: "Rating",
  length: "Official length",
  locations: "Sourced places and routes",
  no_figures: "No figures: sourced facts",
};

/** Collects the source ids of the rows drawn, in first-seen order. */
export const sourcesOf = (rows: readonly { source_ids: readonly string[] }[]): string[] => [
  ...new Set(rows.flatMap((r) => r.source_ids)),
];
