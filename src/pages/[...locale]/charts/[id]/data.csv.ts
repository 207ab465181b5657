import type { APIRoute } from "astro";
import { ctxFor } from "../../../../site/ctx.ts";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts, figure } from "../../../../lib/figures.ts";
import { rowsToCsv } from "../../../../lib/data/csv.ts";
import { DEFAULT_LOCALE } from "../../../../i18n/locales.ts";

export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id } })));
}

/**
 * UTF-8's byte-order mark. Excel opens a CSV without one in the computer's legacy code page, which turns
 * Devanagari into mojibake; with it, Excel (and LibreOffice, Google Sheets, Numbers) read UTF-8. Downloads in
 * the default locale keep their bytes as they were, for the scripts that already read them.
 */
const BOM = "\uFEFF";

/**
 * The chart's table as CSV, safe to open in a spreadsheet (cells that would start a formula are neutralised);
 * in every locale but the default, UTF-8 with a byte-order mark, so that Excel shows its script.
 */
export const GET: APIRoute = ({ params }) => {
  const locale = localeOf(params);
  const csv = rowsToCsv(figure(params.id!, ctxFor(locale)).rows);
  return new Response(locale === DEFAULT_LOCALE ? csv : BOM + csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
