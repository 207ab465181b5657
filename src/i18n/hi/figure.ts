/** The words around every figure: badge, legend, table, sources, hints (Chart.astro and its exports). */
type En = typeof import("../en/figure.ts").figure;

export const figure: En = {
  legend: "संकेत",
  dataTable: (rows: number) => `डेटा तालिका (${rows} ${rows === 1 ? "पंक्ति" : "पंक्तियाँ"})`,
  /** "स्रोत" is both one source and many. (The English type narrows the result to its own two words.) */
  source: ((count: number) => (count > 1 ? "स्रोत" : "स्रोत")) as unknown as En["source"],
  and: "और",
  andMore: (n: number) => `${n} अन्य`,
  chartPage: "चार्ट का पृष्ठ, डेटा और एम्बेड कोड",
  hint: "किसी निशान पर पॉइंटर रखें, या चित्र पर फ़ोकस करके तीर वाली कुंजियाँ दबाएँ।",
  mapHint: "किसी जगह, रास्ते या सीमा के किसी हिस्से पर पॉइंटर रखें, या नक्शे पर फ़ोकस करके तीर वाली कुंजियाँ दबाएँ।",
  figureLive: (title: string) => `चित्र: ${title}`,
  licence: "Crossings, CC BY 4.0",
  /** Data-table headers for the CSV columns (the CSV keeps its machine names). */
  columns: {
    name: "नाम",
    kind: "प्रकार",
    corridor: "गलियारा",
    detail: "विवरण",
    source_ids: "स्रोत",
  },
};
