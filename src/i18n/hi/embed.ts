/**
 * What leaves the site with a figure: the embed page's citation line, the iframe and image embed codes, oEmbed,
 * the CSV readme, and the captions of the SVG and PNG downloads.
 */
import { hindiDate } from "./dates.ts";

export const embed: typeof import("../en/embed.ts").embed = {
  /** The version of the data a figure shows, as every embed, readme and download cites it. */
  version: (hash: string, date: string) => `डेटा संस्करण ${hash}, ${hindiDate(date)}`,
  /** The licence and version line under an embed, an image or a download. */
  credit: (licence: string, version: string) => `Crossings, ${licence}; ${version}`,
  /** The embed page's link back to the chart page. */
  fullChart: "डेटा, स्रोत और पूरा चार्ट",
  /** "Cite this chart": the project, the figure, its data version, its address, the licence and the paper. */
  citation: (p: { title: string; version: string; url: string; licence: string; paper: string }) =>
    `Crossings, “${p.title}” (${p.version}), ${p.url}। लाइसेंस: ${p.licence}। इस लेख का पुनर्कथन: ${p.paper}`,
  /** oEmbed's provider and author. */
  provider: "Crossings",
  /** The image embed code (for hosts that strip iframes and scripts). */
  image: {
    /** The link under the picture to the chart page, where the full description, the data and the sources are. */
    link: "पूरा विवरण, डेटा और स्रोत",
  },
  /** The readme that comes with each CSV download. */
  readme: {
    page: (url: string) => `Crossings: ${url}`,
    numberKind: (kind: string) => `संख्या का प्रकार: ${kind}`,
    rows: (n: number) => `पंक्तियाँ: ${n} (data.csv)`,
    version: (version: string, rowsHash: string) =>
      `यह डाउनलोड: ${version}; पंक्तियों का हैश ${rowsHash} (दोनों /data/manifest.json में भी दर्ज हैं)।`,
    sources: "स्रोत:",
    licence: (licence: string) => `लाइसेंस: ${licence} (मूल स्रोतों पर उनकी अपनी शर्तें लागू रहती हैं)।`,
    prepared: (datasets: string) =>
      `डेटा Crossings ने तैयार किया है। हर डेटासेट और उसके सबसे ताज़ा अपडेट की जानकारी यहाँ है: ${datasets}`,
  },
};
