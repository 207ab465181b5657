import type { APIRoute } from "astro";
import { ctxFor } from "../../../../site/ctx.ts";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts, figure } from "../../../../lib/figures.ts";
import { ogPng } from "../../../../lib/charts/png.ts";
import { SITE_NAME } from "../../../../lib/site.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

export const GET: APIRoute = ({ params }) => {
  const ctx = ctxFor(localeOf(params));
  const f = figure(params.id!, ctx);
  return new Response(new Uint8Array(ogPng(f.svg, f.text.title, SITE_NAME)), {
    headers: { "Content-Type": "image/png" },
  });
};
