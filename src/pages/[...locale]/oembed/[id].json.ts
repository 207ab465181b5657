import type { APIRoute } from "astro";
import { ctxFor } from "../../../site/ctx.ts";
import { localeOf, withLocales } from "../../../site/locale.ts";
import { allCharts, figure } from "../../../lib/figures.ts";
import { defaultHeight, oembed } from "../../../lib/embed.ts";
import { localePath } from "../../../i18n/locales.ts";
import { exportPngSize, paths } from "../../../site/exports.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

/** oEmbed: the iframe code, and as thumbnail the versioned PNG that the image embed code shows. */
export const GET: APIRoute = ({ params, site }) => {
  const locale = localeOf(params);
  const ctx = ctxFor(locale);
  const f = figure(params.id!, ctx);
  const id = f.chart.id;
  const body = oembed((site ?? "http://localhost:4321").toString(), {
    id,
    title: f.text.title,
    path: localePath(locale, `/embed/${id}/`),
    height: defaultHeight(f.svg),
    provider: ctx.t.embed.provider,
    thumbnail: { path: paths(id, locale).versionedPng, ...exportPngSize(id, locale, site) },
  });
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    headers: { "Content-Type": "application/json" },
  });
};
