/**
 * The words a figure leaves the site with (the SVG and PNG downloads and the image embed): its title, legend,
 * notes, source line and a credit with the licence, the data version and the figure's address. Maps always carry
 * the boundary note, whatever else their notes say.
 */
import type { Ctx } from "../context.ts";
import type { Source } from "../data/schemas.ts";
import type { FigureText, LegendItem } from "../charts/types.ts";
import { LICENCES } from "../site.ts";
import type { DataVersion } from "../version.ts";
import type { StandaloneText } from "./standalone.ts";
import type { PngText } from "./png.ts";

/** What a figure brings to its export. */
export interface ExportFigure {
  kind: "chart" | "map";
  text: FigureText;
  legend: readonly LegendItem[];
  notes: readonly string[];
  sourceRows: readonly Source[];
}

/** "data version 1a2b3c4d, 2026-12-07" in the context's words. */
export const versionLine = (ctx: Ctx, v: DataVersion): string => ctx.t.embed.version(v.version, v.date);

/**
 * "Sources: NCRB, 2022; MHA, 2023." Each publisher and year once; with `max`, the first ones and "and N more"
 * (the chart page lists them all).
 */
export function sourceText(ctx: Ctx, rows: readonly Source[], max = Infinity): string {
  const names = [
    ...new Set(rows.map((s) => [s.author_or_publisher, s.year].filter(Boolean).join(", ") || s.title)),
  ];
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  const tail = more > 0 ? ` ${ctx.t.figure.and} ${ctx.t.figure.andMore(more)}` : "";
  return `${ctx.t.figure.source(rows.length)}: ${shown.join("; ")}${tail}.`;
}

/** "Crossings, CC BY 4.0; data version 1a2b3c4d, 2026-12-07" */
export const creditText = (ctx: Ctx, v: DataVersion): string =>
  ctx.t.embed.credit(LICENCES.content, versionLine(ctx, v));

/** The notes an export shows: the figure's own, and for a map the boundary note first if they lack it. */
export function exportNotes(f: ExportFigure, ctx: Ctx): string[] {
  const notes = [...f.notes];
  if (f.kind === "map" && !notes.includes(ctx.t.maps.boundaryNote)) notes.unshift(ctx.t.maps.boundaryNote);
  return notes;
}

/** The caption of a standalone drawing; `url` is the figure's page, so a file found alone leads back to it. */
export function exportText(f: ExportFigure, ctx: Ctx, v: DataVersion, url: string): StandaloneText {
  return {
    title: f.text.title,
    ...(f.text.subtitle ? { subtitle: f.text.subtitle } : {}),
    legend: f.legend,
    notes: exportNotes(f, ctx),
    source: sourceText(ctx, f.sourceRows),
    credit: `${creditText(ctx, v)} · ${url}`,
  };
}

/** The metadata a PNG carries: title, description, page, licence and version. */
export function exportPngText(
  f: ExportFigure,
  ctx: Ctx,
  v: DataVersion,
  url: string,
  description: string,
): PngText {
  return {
    Title: f.text.title,
    Description: description,
    Source: url,
    Copyright: creditText(ctx, v),
    Comment: versionLine(ctx, v),
  };
}
