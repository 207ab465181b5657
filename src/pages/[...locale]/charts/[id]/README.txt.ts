import type { APIRoute } from "astro";
import { ctxFor } from "../../../../site/ctx.ts";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts, figure } from "../../../../lib/figures.ts";
import { LICENCES } from "../../../../lib/site.ts";
import { localePath } from "../../../../i18n/locales.ts";
import { siteUrl } from "../../../../lib/embed.ts";
import { versionText } from "../../../../site/exports.ts";
import { chartRowsHash } from "../../../../site/version.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

/** The readme beside each CSV download: what the rows are, where they come from, the licence and the version. */
export const GET: APIRoute = ({ params, site }) => {
  const locale = localeOf(params);
  const ctx = ctxFor(locale);
  const t = ctx.t.embed.readme;
  const f = figure(params.id!, ctx);
  const c = f.chart;
  const base = (site ?? "http://localhost:4321").toString();
  const lines = [
    f.text.title,
    t.page(siteUrl(base, localePath(locale, `/charts/${c.id}/`))),
    "",
    f.text.description,
    t.numberKind(ctx.t.vocab.numberKind[c.numberKind]),
    t.rows(f.rows.length),
    t.version(versionText(locale), chartRowsHash(c.id)),
    "",
    t.sources,
    ...f.sourceRows.map(
      (s) =>
        `- ${[s.author_or_publisher, s.title, s.year].filter(Boolean).join(", ")}${s.url ? ` <${s.url}>` : ""}`,
    ),
    "",
    t.licence(LICENCES.content),
    t.prepared(siteUrl(base, localePath(locale, "/data/"))),
  ];
  return new Response(lines.join("\n") + "\n", { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
