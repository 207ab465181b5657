/**
 * The one registry of charts and map states. The essay, the gallery, the embeds, the slides and the
 * manifest all read it; an id not listed here fails the build wherever it is named.
 */
import type { ChartModule } from "./types.ts";
import borderLengths from "./border-lengths.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const CHARTS: readonly ChartModule<any>[] = [borderLengths];

export const chartIds: readonly string[] = CHARTS.map((c) => c.id);

export function getChart(id: string): ChartModule<unknown> {
  const c = CHARTS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown chart or map-state id "${id}" (known: ${chartIds.join(", ")})`);
  return c;
}

export const isChartId = (id: string): boolean => chartIds.includes(id);
