import type { APIRoute } from "astro";
import { ctxFor } from "../../../site/ctx.ts";
import { localeOf, withLocales } from "../../../site/locale.ts";
import { allCharts, figure } from "../../../lib/figures.ts";
import { defaultHeight, oembed } from "../../../lib/embed.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

export const GET: APIRoute = ({ params, site }) => {
  const ctx = ctxFor(localeOf(params));
  const f = figure(params.id!, ctx);
  const body = oembed((site ?? new URL("http://localhost:4321")).toString(), {
    id: f.chart.id,
    title: f.text.title,
    height: defaultHeight(f.svg),
    thumbnail: `/charts/${f.chart.id}/og.png`,
  });
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    headers: { "Content-Type": "application/json" },
  });
};
