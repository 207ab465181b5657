/**
 * The project's budgets, in one place: the README, the build-output and browser tests and the bench read
 * them from here. Bytes are gzip unless named raw; KB is 1,024 bytes. Byte budgets are gated in tests
 * (land with about 15 % headroom); timings and Lighthouse scores are reported by the bench, not gated.
 */
export const KB = 1024;

/** DESIGN.md's table: what a reader's device downloads and how fast it paints. */
export const BUDGETS = {
  /** JavaScript the essay page loads, gzip. */
  essayJsGzip: 60 * KB,
  /** `dist/index.html`, gzip. */
  essayHtmlGzip: 120 * KB,
  /** Everything `/` loads, gzip. */
  essayTotalGzip: 200 * KB,
  /** Extra for the Hindi essay: its Devanagari fonts, gzip. */
  devanagariFontsGzip: 80 * KB,
  /** DOM elements on `/` at load. */
  essayDomElements: 4000,
  /** `dist/present/index.html`, gzip. */
  presentHtmlGzip: 150 * KB,
  /** One embed page, everything it loads, gzip. */
  embedTotalGzip: 50 * KB,
  /** `/embed.js`, gzip. */
  embedJsGzip: 2 * KB,
  /** One corridor's TopoJSON, gzip. */
  topojsonGzip: 80 * KB,
  /** The longest task during a map-state transition, ms. */
  transitionLongTaskMs: 50,
  /** A cold `npm run build` on 2 cores, both languages, seconds. */
  coldBuildSeconds: 90,
} as const;

/** Lighthouse (mobile) scores: reported by the bench, not a CI gate. */
export const LIGHTHOUSE = {
  performance: { essay: 98, other: 95 },
  accessibility: 100,
  bestPractices: 100,
  seo: 95,
} as const;

/** The headroom byte budgets land with. */
export const HEADROOM = 0.15;

/**
 * Each map frame's shared drawing (every layer, tooltips, no labels), raw bytes as printed in the page, at
 * the site's geometry. Set from measurements (see MAP_DRAWING_MEASURED) plus 15 % headroom, rounded up to
 * the next KB: a drawing that grows past it fails test/unit/geo/drawing-budget.test.ts. Measured with the
 * English essay's drawings; before this budget they were 66–142 KB each (about 10 times the path data).
 */
export const MAP_DRAWING_MEASURED = {
  overview: 16_143,
  bd: 36_535,
  np: 22_532,
  mm: 21_876,
  sea: 12_530,
  world: 19_996,
} as const;

export const MAP_DRAWING_RAW: Record<keyof typeof MAP_DRAWING_MEASURED, number> = Object.fromEntries(
  Object.entries(MAP_DRAWING_MEASURED).map(([k, v]) => [k, Math.ceil((v * (1 + HEADROOM)) / KB) * KB]),
) as Record<keyof typeof MAP_DRAWING_MEASURED, number>;

/**
 * Smallest rendered size of map text, CSS px: on a 390 px phone, and on a 1280×720 slide (Devanagari, whose
 * vowel signs sit above and below the letters, 16 px there).
 */
export const MAP_TEXT_MIN_PX = { phone: 11, slide: 14, slideDevanagari: 16 } as const;
