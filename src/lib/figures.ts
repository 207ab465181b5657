/**
 * Build-time access to the registry with the site's data: what Chart.astro, the gallery, the embeds, the
 * slides and the manifest use. One rendering per figure, locale, width, surface and view, cached for the build.
 */
import { loadDatasets } from "./data/load.ts";
import { loadOverlays } from "./data/load-overlays.ts";
import { applyOverlays } from "./data/overlay.ts";
import { DEFAULT_LOCALE } from "../i18n/locales.ts";
import type { Source } from "./data/schemas.ts";
import { loadMaps } from "./geo/load.ts";
import { CHARTS, getChart } from "./charts/index.ts";
import { renderChart, type Rendered, type RenderRequest } from "./charts/render.ts";
import type { ChartModule, Control, FigureText, Inputs } from "./charts/types.ts";
import type { Ctx } from "./context.ts";

export interface Figure extends Rendered {
  id: string;
  chart: ChartModule<unknown>;
  text: FigureText;
  sourceRows: Source[];
  hint: string;
  controls: Control[];
}

const inputs = new Map<string, Inputs>();
/**
 * The site's datasets and map geometry, read once from the pipeline's output; with a locale, the rows carry that
 * locale's words (names, notes) where it has them. The language-neutral data is the default.
 */
export function siteInputs(locale?: string): Inputs {
  const key = locale ?? "";
  let hit = inputs.get(key);
  if (!hit) {
    const data = loadDatasets();
    const words =
      locale && locale !== DEFAULT_LOCALE ? applyOverlays(data, loadOverlays(data, locale)) : data;
    inputs.set(key, (hit = { ...words, maps: loadMaps() }));
  }
  return hit;
}

const cache = new Map<string, Figure>();

export function figure(id: string, ctx: Ctx, req: RenderRequest = {}): Figure {
  const key = `${id}@${ctx.locale}@${req.width ?? 640}@${req.surface ?? "page"}@${req.view ?? ""}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const chart = getChart(id);
  const data = siteInputs(ctx.locale);
  const rendered = renderChart(chart, data, ctx, req);
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const sourceRows = rendered.sources.map((sid) => {
    const s = byId.get(sid);
    if (!s) throw new Error(`chart ${id}: source "${sid}" is not in sources.csv`);
    return s;
  });
  const series = chart.prepare(data, ctx);
  const f: Figure = {
    ...rendered,
    id,
    chart,
    text: ctx.figureText(id),
    sourceRows,
    hint: chart.hint ? chart.hint(ctx) : chart.kind === "map" ? ctx.t.figure.mapHint : ctx.t.figure.hint,
    controls: chart.controls?.(series, ctx) ?? [],
  };
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
