/**
 * What leaves the site with a figure: the embed page's citation line, the iframe and image embed codes, oEmbed,
 * the CSV readme, and the captions of the SVG and PNG downloads.
 */
export const embed = {
  /** The version of the data a figure shows, as every embed, readme and download cites it. */
  version: (hash: string, date: string) => `data version ${hash}, ${date}`,
  /** The licence and version line under an embed, an image or a download. */
  credit: (licence: string, version: string) => `Crossings, ${licence}; ${version}`,
  /** The embed page's link back to the chart page. */
  fullChart: "Data, sources and full chart",
  /** "Cite this chart": the project, the figure, its data version, its address, the licence and the paper. */
  citation: (p: { title: string; version: string; url: string; licence: string; paper: string }) =>
    `Crossings, “${p.title}” (${p.version}), ${p.url}. Licence: ${p.licence}. Retelling ${p.paper}`,
  /** oEmbed's provider and author. */
  provider: "Crossings",
  /** The image embed code (for hosts that strip iframes and scripts). */
  image: {
    /** The link under the picture to the chart page, where the full description, the data and the sources are. */
    link: "Full description, data and sources",
  },
  /** The readme that comes with each CSV download. */
  readme: {
    page: (url: string) => `Crossings: ${url}`,
    numberKind: (kind: string) => `Kind of number: ${kind}`,
    rows: (n: number) => `Rows: ${n} (data.csv)`,
    version: (version: string, rowsHash: string) =>
      `This download: ${version}; rows hash ${rowsHash} (both also in /data/manifest.json).`,
    sources: "Sources:",
    licence: (licence: string) => `Licence: ${licence} (the upstream sources keep their own terms).`,
    prepared: (datasets: string) =>
      `Data prepared by Crossings; see ${datasets} for every dataset and its last update.`,
  },
};
