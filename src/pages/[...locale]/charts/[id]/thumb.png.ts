import type { APIRoute } from "astro";
import { ctxFor } from "../../../../site/ctx.ts";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts, figure } from "../../../../lib/figures.ts";
import { thumbnailPng } from "../../../../lib/charts/png.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

export const GET: APIRoute = ({ params }) => {
  const ctx = ctxFor(localeOf(params));
  const f = figure(params.id!, ctx);
  const png = thumbnailPng(
    f.svg,
    f.text.title,
    f.sourceRows.map((s) => s.author_or_publisher ?? s.title),
  );
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
