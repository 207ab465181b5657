import type { APIRoute } from "astro";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts } from "../../../../lib/figures.ts";
import { exportSvg } from "../../../../site/exports.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

/** The figure as a file of its own: title, legend, drawing, notes, sources, licence and data version. */
export const GET: APIRoute = ({ params, site }) =>
  new Response(exportSvg(params.id!, localeOf(params), site).svg, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
