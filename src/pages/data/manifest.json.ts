/**
 * The machine-readable catalogue: datasets from the pipeline's summary, charts from the registry, and the data's
 * version (a hash of the data and the date of its latest change, so two builds of the same data are identical).
 */
import type { APIRoute } from "astro";
import { loadSummary } from "../../lib/data/load.ts";
import { allCharts } from "../../lib/figures.ts";
import { SITE_NAME, LICENCES } from "../../lib/site.ts";
import { DEFAULT_LOCALE, LOCALES, localePath } from "../../i18n/locales.ts";
import { ctxFor } from "../../site/ctx.ts";
import { chartRowsHash, siteVersion } from "../../site/version.ts";

export const GET: APIRoute = () => {
  const text = (id: string) => ctxFor(DEFAULT_LOCALE).figureText(id);
  const { version, date } = siteVersion();
  const manifest = {
    name: SITE_NAME,
    licence: LICENCES.content,
    /** A short hash of every dataset's rows and the map geometry: the same for the same data. */
    data_version: version,
    /** The latest data change (the latest date a source was read), not the build's date. */
    data_date: date,
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
            png_versioned: localePath(l, `/charts/${c.id}/chart.${chartRowsHash(c.id)}.png`),
          },
        ]),
      ),
      /** A short hash of the rows the figure draws (its table and CSV), the same in every language. */
      rows_hash: chartRowsHash(c.id),
      number_kind: c.numberKind,
      datasets: [...c.datasets],
      page: `/charts/${c.id}/`,
      embed: `/embed/${c.id}/`,
      oembed: `/oembed/${c.id}.json`,
      csv: `/charts/${c.id}/data.csv`,
      svg: `/charts/${c.id}/chart.svg`,
      png: `/charts/${c.id}/chart.png`,
      /** The PNG at an address that names its rows: what an image embed shows. */
      png_versioned: `/charts/${c.id}/chart.${chartRowsHash(c.id)}.png`,
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2) + "\n", { headers: { "Content-Type": "application/json" } });
};
