/**
 * Renders a registry entry to an SVG string at build time, with linkedom's document standing in for the
 * browser's. Output is deterministic: the same data and width give the same bytes.
 */
import { parseHTML } from "linkedom";
import type { Datasets } from "../data/datasets.ts";
import type { ChartModule } from "./types.ts";
import { serialize } from "../svg/serialize.ts";

export function buildDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

export interface Rendered {
  svg: string;
  description: string;
  rows: Record<string, string | number>[];
  sources: string[];
}

export function renderChart<S>(chart: ChartModule<S>, data: Datasets, width = 640): Rendered {
  const series = chart.prepare(data);
  const document = buildDocument();
  const el = chart.render(series, { width, document });
  el.setAttribute("data-chart-svg", chart.id);
  return {
    svg: stableIds(serialize(el), chart.id),
    description: chart.describe(series),
    rows: chart.rows(series),
    sources: chart.sources(series),
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
