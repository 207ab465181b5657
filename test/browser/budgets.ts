/** DESIGN.md's budgets, in one place for the browser suite and the bench. Bytes are gzip. */
export const BUDGETS = {
  essayJs: 150 * 1024,
  essayTotal: 500 * 1024,
  /** `dist/index.html`, gzip. */
  essayHtmlGzip: 120 * 1024,
  /** Elements in the essay's document at load. */
  essayDomElements: 4000,
  embedTotal: 120 * 1024,
  topojson: 80 * 1024,
  mapIslandJs: 60 * 1024,
  longTaskMs: 50,
  coldBuildS: 90,
  lighthouse: { performance: 95, accessibility: 100, "best-practices": 100, seo: 95 },
} as const;
