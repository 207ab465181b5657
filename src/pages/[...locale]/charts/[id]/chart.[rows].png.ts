import type { APIRoute } from "astro";
import { localeOf, withLocales } from "../../../../site/locale.ts";
import { allCharts } from "../../../../lib/figures.ts";
import { exportPng } from "../../../../site/exports.ts";
import { chartRowsHash } from "../../../../site/version.ts";

/** The same PNG as chart.png, at an address named by the hash of the rows it draws (image embeds pin it). */
export function getStaticPaths() {
  return withLocales(allCharts().map((c) => ({ params: { id: c.id, rows: chartRowsHash(c.id) } })));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(new Uint8Array(exportPng(params.id!, localeOf(params), site)), {
    headers: { "Content-Type": "image/png" },
  });
