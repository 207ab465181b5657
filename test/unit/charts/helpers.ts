/** Builders for small inline datasets in chart tests. */
import type { Datasets } from "../../../src/lib/data/datasets.ts";
import type { Stat } from "../../../src/lib/data/schemas.ts";
import { buildDocument } from "../../../src/lib/charts/render.ts";
import { variantOf, type ChartModule } from "../../../src/lib/charts/types.ts";
import { serialize } from "../../../src/lib/svg/serialize.ts";
import { en } from "../../support/context.ts";

export const stat = (
  id: string,
  subject: string,
  measure: string,
  year: string,
  value: number,
  extra: Partial<Stat> = {},
): Stat => ({
  id,
  subject,
  measure,
  year,
  value,
  unit: "cases",
  number_kind: "registered_cases",
  source_ids: [`src-${id}`],
  note: undefined,
  ...extra,
});

export const data = (d: Partial<Datasets>): Datasets =>
  ({
    sources: [],
    instruments: [],
    actors: [],
    relations: [],
    claims: [],
    recommendations: [],
    ...d,
  }) as unknown as Datasets;

/** Draws at a phone width and a laptop width; returns the markup of both. */
export function drawBoth<S>(chart: ChartModule<S>, series: S): string[] {
  return [340, 700].map((width) =>
    serialize(
      chart.render(series, { width, document: buildDocument(), variant: variantOf(width), ctx: en() }),
    ),
  );
}
