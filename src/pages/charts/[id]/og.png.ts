import type { APIRoute } from "astro";
import { allCharts, figure } from "../../../lib/figures.ts";
import { ogPng } from "../../../lib/charts/png.ts";
import { SITE_NAME } from "../../../lib/site.ts";

export function getStaticPaths() {
  return allCharts().map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const f = figure(params.id!, 640);
  return new Response(new Uint8Array(ogPng(f.svg, f.chart.title, SITE_NAME)), {
    headers: { "Content-Type": "image/png" },
  });
};
