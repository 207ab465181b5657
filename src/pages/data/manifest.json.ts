/** The machine-readable catalogue: datasets from the pipeline's summary, charts from the registry. */
import type { APIRoute } from "astro";
import { loadSummary } from "../../lib/data/load.ts";
import { allCharts } from "../../lib/figures.ts";
import { SITE_NAME, LICENCES } from "../../lib/site.ts";
import { DEFAULT_LOCALE, LOCALES, localePath } from "../../i18n/locales.ts";
import { ctxFor } from "../../site/ctx.ts";

export const GET: APIRoute = () => {
  const text = (id: string) => ctxFor(DEFAULT_LOCALE).figureText(id);
  const manifest = {
    name: SITE_NAME,
    licence: LICENCES.content,
    datasets: loadSummary().map((d) => ({
      id: d.id,
      title: d.title,
      file: d.file,
      rows: d.rows,
      columns: d.columns,
      source_ids: d.source_ids,
    })),
    charts: allCharts().map((c) => ({
      id: c.id,
      title: text(c.id).title,
      description: text(c.id).description,
      /** Every locale's title, description and pages. */
      locales: Object.fromEntries(
        LOCALES.map((l) => [
          l,
          {
            title: ctxFor(l).figureText(c.id).title,
            description: ctxFor(l).figureText(c.id).description,
            page: localePath(l, `/charts/${c.id}/`),
            embed: localePath(l, `/embed/${c.id}/`),
          },
        ]),
      ),
      number_kind: c.numberKind,
      datasets: [...c.datasets],
      page: `/charts/${c.id}/`,
      embed: `/embed/${c.id}/`,
      oembed: `/oembed/${c.id}.json`,
      csv: `/charts/${c.id}/data.csv`,
      svg: `/charts/${c.id}/chart.svg`,
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2) + "\n", { headers: { "Content-Type": "application/json" } });
};
