import type { APIRoute } from "astro";
import { allCharts, figure } from "../../../lib/figures.ts";
import { chartPng } from "../../../lib/charts/png.ts";

export function getStaticPaths() {
  return allCharts().map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const f = figure(params.id!, 640);
  const png = chartPng(
    f.svg,
    f.chart.title,
    f.sourceRows.map((s) => s.author_or_publisher ?? s.title),
    "light",
    f.notes,
  );
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
