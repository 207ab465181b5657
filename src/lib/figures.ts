/**
 * Build-time access to the registry with the site's data: what Chart.astro, the gallery, the embeds, the
 * slides and the manifest use. One rendering per chart and width, cached for the whole build.
 */
import { loadDatasets } from "./data/load.ts";
import type { Source } from "./data/schemas.ts";
import { CHARTS, getChart } from "./charts/index.ts";
import { renderChart, type Rendered } from "./charts/render.ts";
import type { ChartModule } from "./charts/types.ts";

export interface Figure extends Rendered {
  chart: ChartModule<unknown>;
  sourceRows: Source[];
  legend: { label: string; color: string }[];
  notes: string[];
}

const cache = new Map<string, Figure>();

export function figure(id: string, width = 640): Figure {
  const key = `${id}@${width}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const chart = getChart(id);
  const data = loadDatasets();
  const rendered = renderChart(chart, data, width);
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const sourceRows = rendered.sources.map((sid) => {
    const s = byId.get(sid);
    if (!s) throw new Error(`chart ${id}: source "${sid}" is not in sources.csv`);
    return s;
  });
  const series = chart.prepare(data);
  const legend = chart.legend?.(series) ?? [];
  const notes = chart.notes?.(series) ?? [];
  const f: Figure = { ...rendered, chart, sourceRows, legend, notes };
  cache.set(key, f);
  return f;
}

export const allCharts = () => CHARTS;

/** A short source line: publishers and years, as a reader sees it under a figure. */
export const sourceLine = (sources: Source[]): string =>
  sources
    .map((s) => [s.author_or_publisher, s.year].filter(Boolean).join(", ") || s.title)
    .filter((v, i, a) => a.indexOf(v) === i)
    .join("; ");
