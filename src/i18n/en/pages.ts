/** The data catalogue page (/data/) and the 404 page. */
export const dataPage = {
  title: "Data",
  description:
    "The datasets behind Crossings: what each row is, its columns, row counts, sources and downloads.",
  intro: (licence: string) =>
    `Every figure on this site comes from one of these tables. We curated them by hand from published reports, laws, treaty records and datasets; every row names its sources, which are listed on the sources page. The tables are published under ${licence}; each source keeps its own terms.`,
  sourcesPage: "Sources page",
  catalogue: "A machine-readable catalogue of every dataset and chart:",
  gaps: "What we looked for and could not source is listed in the project's data/GAPS.md, and the about page explains the limits of each kind of number.",
  aboutPage: "About: limits of the data",
  dataset: (row: string, rows: number, sources: number) =>
    `One row is ${row}. ${rows} ${rows === 1 ? "row" : "rows"}, drawing on ${sources} ${sources === 1 ? "source" : "sources"}.`,
  download: "Download CSV",
  columns: "Columns",
};

export const notFound = {
  title: "Page not found",
  description: "This page does not exist on Crossings.",
  heading: "Page not found",
  lead: "There is no page at this address.",
  gallery:
    "If you followed a link to a chart or map, it may have been renamed: every chart and map is listed in the",
  galleryLink: "gallery",
  essay: "The essay starts on the",
  essayLink: "front page",
};
