/**
 * The one registry of charts and map states. The essay, the gallery, the embeds, the slides and the
 * manifest all read it; an id not listed here fails the build wherever it is named.
 * Charts are listed in catalogue-charts.ts, map states in catalogue-maps.ts; ids share one namespace.
 */
import type { ChartModule } from "./types.ts";
import { CHART_MODULES } from "./catalogue-charts.ts";
import { MAP_MODULES } from "./catalogue-maps.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const CHARTS: readonly ChartModule<any>[] = [...CHART_MODULES, ...MAP_MODULES];

export const chartIds: readonly string[] = CHARTS.map((c) => c.id);

{
  const seen = new Set<string>();
  for (const id of chartIds) {
    if (seen.has(id)) throw new Error(`chart or map-state id "${id}" is registered twice`);
    seen.add(id);
  }
}

export function getChart(id: string): ChartModule<unknown> {
  const c = CHARTS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown chart or map-state id "${id}" (known: ${chartIds.join(", ")})`);
  return c;
}

export const isChartId = (id: string): boolean => chartIds.includes(id);
