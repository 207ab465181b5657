/**
 * The browser suite's and the bench's names for the budgets. Every value comes from src/lib/budgets.ts, the one
 * module that holds DESIGN.md's table; nothing is set here.
 */
import { BUDGETS as B, LIGHTHOUSE } from "../../src/lib/budgets.ts";

export const BUDGETS = {
  essayJs: B.essayJsGzip,
  essayTotal: B.essayTotalGzip,
  /** `dist/index.html`, gzip. */
  essayHtmlGzip: B.essayHtmlGzip,
  /** Elements in the essay's document at load. */
  essayDomElements: B.essayDomElements,
  presentHtmlGzip: B.presentHtmlGzip,
  embedTotal: B.embedTotalGzip,
  topojson: B.topojsonGzip,
  longTaskMs: B.transitionLongTaskMs,
  coldBuildS: B.coldBuildSeconds,
  lighthouse: {
    performance: LIGHTHOUSE.performance.essay,
    accessibility: LIGHTHOUSE.accessibility,
    "best-practices": LIGHTHOUSE.bestPractices,
    seo: LIGHTHOUSE.seo,
  },
} as const;
