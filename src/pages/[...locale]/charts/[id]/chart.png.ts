import type { APIRoute } from "astro";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts } from "../../../../lib/figures.ts";
import { exportPng } from "../../../../site/exports.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

/** The figure as a PNG, twice its size, with its caption, sources, version and metadata. */
export const GET: APIRoute = ({ params, site }) =>
  new Response(new Uint8Array(exportPng(params.id!, localeOf(params), site)), {
    headers: { "Content-Type": "image/png" },
  });
