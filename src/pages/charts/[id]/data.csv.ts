import type { APIRoute } from "astro";
import { allCharts, figure } from "../../../lib/figures.ts";
import { rowsToCsv } from "../../../lib/data/csv.ts";

export function getStaticPaths() {
  return allCharts().map((c) => ({ params: { id: c.id } }));
}

/** The chart's table as CSV, safe to open in a spreadsheet (cells that would start a formula are neutralised). */
export const GET: APIRoute = ({ params }) =>
  new Response(rowsToCsv(figure(params.id!, 640).rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
