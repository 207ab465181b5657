import type { APIRoute } from "astro";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts } from "../../../../lib/figures.ts";
import { exportOg } from "../../../../site/exports.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(exportOg(params.id!, localeOf(params))), {
    headers: { "Content-Type": "image/png" },
  });
