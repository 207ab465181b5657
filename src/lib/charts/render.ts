/**
 * Renders a registry entry to an SVG string at build time, with linkedom's document standing in for the
 * browser's, and writes it through the one serializer. Output is deterministic: the same data, context and
 * variant give the same bytes.
 */
import { parseHTML } from "linkedom";
import type { Ctx } from "../context.ts";
import { compact } from "../svg/compact.ts";
import { serialize } from "../svg/serialize.ts";
import { variantOf, type ChartModule, type Inputs, type LegendItem, type Surface } from "./types.ts";

export function buildDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

export interface Rendered {
  svg: string;
  description: string;
  rows: Record<string, string | number>[];
  sources: string[];
  legend: LegendItem[];
  notes: string[];
}

export interface RenderRequest {
  width?: number;
  surface?: Surface;
  /** A named view of the figure (ChartModule.views); the whole figure when absent. */
  view?: string;
}

/** Prepares the series a request draws: the whole figure, or one of its named views. */
export function seriesFor<S>(chart: ChartModule<S>, data: Inputs, ctx: Ctx, view?: string): S {
  const series = chart.prepare(data, ctx);
  if (!view) return series;
  const pick = chart.views?.[view];
  if (!pick)
    throw new Error(
      `${chart.id} has no view "${view}" (views: ${Object.keys(chart.views ?? {}).join(", ") || "none"})`,
    );
  return pick(series);
}

export function renderChart<S>(
  chart: ChartModule<S>,
  data: Inputs,
  ctx: Ctx,
  req: RenderRequest = {},
): Rendered {
  const width = req.width ?? 640;
  const series = seriesFor(chart, data, ctx, req.view);
  const document = buildDocument();
  const el = chart.render(series, { width, document, variant: variantOf(width, req.surface), ctx });
  // A map's drawing is written lean by its layers; a chart's marks come from Plot and the chart's own code.
  if (chart.kind !== "map") compact(el);
  el.setAttribute("data-chart-svg", chart.id);
  return {
    svg: stableIds(serialize(el), chart.id),
    description: chart.describe(series, ctx),
    rows: chart.rows(series, ctx),
    sources: chart.sources(series),
    legend: chart.legend?.(series, ctx) ?? [],
    notes: chart.notes?.(series, ctx) ?? [],
  };
}

/** Renames generated ids (Plot's clip paths and the like) to ids derived from the chart id, in order. */
export function stableIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  let out = svg;
  ids.forEach((id, i) => {
    const next = `${prefix}-${i}`;
    out = out
      .split(`"${id}"`)
      .join(`"${next}"`)
      .split(`#${id})`)
      .join(`#${next})`)
      .split(`"#${id}"`)
      .join(`"#${next}"`);
  });
  return out;
}
