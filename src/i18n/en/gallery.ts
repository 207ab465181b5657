/** The gallery (/charts/) and each chart's page (/charts/<id>/). */
export const gallery = {
  title: "Charts and maps",
  description: "Every chart and map of Crossings, each with its data, sources and embed code.",
  intro: (n: number) =>
    `Every figure in the essay, with its data table, sources and downloads. Each one can be embedded in an article; see its page for the code. ${n} ${n === 1 ? "item" : "items"}.`,
};

export const chartPage = {
  back: "← All charts and maps",
  about: "About this figure",
  sources: "Sources",
  bibliographyEntry: "Entry in our bibliography",
  download: "Download",
  csv: "Data (CSV, the rows shown)",
  andIts: "and its",
  readme: "readme",
  svg: "Figure (SVG)",
  png: "Figure (PNG)",
  cite: "Cite this chart",
  embed: "Embed",
  embedHelp:
    "Paste this into your article. The iframe sizes itself with the small script and follows your page's light or dark theme; without the script it keeps a fixed height and follows the reader's system.",
  copyEmbed: "Copy embed code",
  imageEmbed: "Embed as an image",
  imageEmbedHelp:
    "For newsletters and sites that remove iframes and scripts: the picture at twice its size (sharp on every screen) with its title, source, data version and a link to the full description. The picture's address names the rows it shows, so it never changes under your article.",
  copyImageEmbed: "Copy image code",
  /** Under the download links: which data the files show. */
  filesVersion: (version: string) => `Every file here shows ${version}.`,
  permalink: "Permalink",
};
