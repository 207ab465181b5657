/** The data's version for this build, computed once from the data the pages draw (see src/lib/version.ts). */
import { dictionary, DEFAULT_LOCALE } from "../i18n/index.ts";
import { chartIds, getChart } from "../lib/charts/index.ts";
import type { Ctx } from "../lib/context.ts";
import { siteInputs } from "../lib/figures.ts";
import { dataDate, dataVersion, neutralCtx, rowsHash, type DataVersion } from "../lib/version.ts";

let version: DataVersion | undefined;
const hashes = new Map<string, string>();
let neutral: Ctx | undefined;

/** `data_version` and `data_date` of the site's data. */
export function siteVersion(): DataVersion {
  const inputs = siteInputs();
  return (version ??= { version: dataVersion(inputs), date: dataDate(inputs.sources) });
}

/** `rows_hash` of a figure: the same in every language. */
export function chartRowsHash(id: string): string {
  let h = hashes.get(id);
  if (h === undefined) {
    neutral ??= neutralCtx(dictionary(DEFAULT_LOCALE), DEFAULT_LOCALE, chartIds);
    h = rowsHash(getChart(id), siteInputs(), neutral);
    hashes.set(id, h);
  }
  return h;
}
