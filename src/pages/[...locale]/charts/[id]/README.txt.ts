import type { APIRoute } from "astro";
import { ctxFor } from "../../../../site/ctx.ts";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts, figure } from "../../../../lib/figures.ts";
import { LICENCES, SITE_NAME } from "../../../../lib/site.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

export const GET: APIRoute = ({ params, site }) => {
  const ctx = ctxFor(localeOf(params));
  const f = figure(params.id!, ctx);
  const c = f.chart;
  const lines = [
    `${f.text.title}`,
    `${SITE_NAME}: ${new URL(`/charts/${c.id}/`, site ?? "http://localhost:4321").toString()}`,
    "",
    f.text.description,
    `Kind of number: ${ctx.t.vocab.numberKind[c.numberKind]}`,
    `Rows: ${f.rows.length} (data.csv)`,
    "",
    "Sources:",
    ...f.sourceRows.map(
      (s) =>
        `- ${[s.author_or_publisher, s.title, s.year].filter(Boolean).join(", ")}${s.url ? ` <${s.url}>` : ""}`,
    ),
    "",
    `Licence: ${LICENCES.content} (the upstream sources keep their own terms).`,
    `Data prepared by ${SITE_NAME}; see /data/ for every dataset and its last update.`,
  ];
  return new Response(lines.join("\n") + "\n", { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
