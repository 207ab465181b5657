import type { APIRoute } from "astro";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts } from "../../../../lib/figures.ts";
import { exportThumb } from "../../../../site/exports.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(new Uint8Array(exportThumb(params.id!, localeOf(params), site)), {
    headers: { "Content-Type": "image/png" },
  });
