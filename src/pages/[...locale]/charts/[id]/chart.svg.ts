import type { APIRoute } from "astro";
import { ctxFor } from "../../../../site/ctx.ts";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts, figure } from "../../../../lib/figures.ts";
import { standaloneSvg } from "../../../../lib/charts/standalone.ts";
import { siteStylesheets } from "../../../../lib/charts/stylesheets.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

export const GET: APIRoute = ({ params }) => {
  const ctx = ctxFor(localeOf(params));
  const f = figure(params.id!, ctx);
  return new Response(
    standaloneSvg(
      f.svg,
      f.text.title,
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
