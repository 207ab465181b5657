import type { APIRoute } from "astro";
import { ctxFor } from "../../../../site/ctx.ts";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts, figure } from "../../../../lib/figures.ts";
import { rowsToCsv } from "../../../../lib/data/csv.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

/** The chart's table as CSV, safe to open in a spreadsheet (cells that would start a formula are neutralised). */
export const GET: APIRoute = ({ params }) => {
  const ctx = ctxFor(localeOf(params));
  return new Response(rowsToCsv(figure(params.id!, ctx).rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
