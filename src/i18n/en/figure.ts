/** The words around every figure: badge, legend, table, sources, hints (Chart.astro and its exports). */
export const figure = {
  legend: "Legend",
  dataTable: (rows: number) => `Data table (${rows} ${rows === 1 ? "row" : "rows"})`,
  source: (count: number) => (count > 1 ? "Sources" : "Source"),
  and: "and",
  andMore: (n: number) => `${n} more`,
  chartPage: "Chart page, data and embed",
  hint: "Point at a mark, or focus the figure and use the arrow keys.",
  mapHint: "Point at a place, route or border segment, or focus the map and use the arrow keys.",
  figureLive: (title: string) => `Figure: ${title}`,
  licence: "Crossings, CC BY 4.0",
  /** Data-table headers for the CSV columns (the CSV keeps its machine names). */
  columns: {
    name: "name",
    kind: "kind",
    corridor: "corridor",
    detail: "detail",
    source_ids: "sources",
  } as Record<string, string>,
};
