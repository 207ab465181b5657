import type { APIRoute } from "astro";
import { ctxFor } from "../../../../site/ctx.ts";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts, figure } from "../../../../lib/figures.ts";
import { toCsv } from "../../../../lib/data/csv.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

export const GET: APIRoute = ({ params }) => {
  const ctx = ctxFor(localeOf(params));
  const f = figure(params.id!, ctx);
  const columns = f.rows.length ? Object.keys(f.rows[0]!) : [];
  const rows = f.rows.map((r) => Object.fromEntries(columns.map((c) => [c, String(r[c] ?? "")])));
  return new Response(toCsv(columns, rows), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
