import type { APIRoute } from "astro";
import { allCharts, figure } from "../../../lib/figures.ts";
import { standaloneSvg } from "../../../lib/charts/standalone.ts";
import { siteStylesheets } from "../../../lib/charts/stylesheets.ts";

export function getStaticPaths() {
  return allCharts().map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const f = figure(params.id!, 640);
  return new Response(
    standaloneSvg(
      f.svg,
      f.chart.title,
      f.sourceRows.map((s) => s.author_or_publisher ?? s.title),
      "light",
      siteStylesheets(),
      f.notes,
    ),
    {
      headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
    },
  );
};
