// Mutation testing of the data layer (npm run mutate; not part of npm test or CI): Stryker changes the code
// of src/lib/data and src/lib/numbers.ts one small mutation at a time and runs the unit tests that cover it;
// a mutant that no test notices is a test that is missing. The HTML report is written to reports/mutation/.
// Stryker works in a copy of the project in the system's temporary folder, so that linting and type checks
// of the project never see it.
import { tmpdir } from "node:os";
import { join } from "node:path";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  mutate: ["src/lib/data/**/*.ts", "src/lib/numbers.ts"],
  testRunner: "vitest",
  vitest: { configFile: "stryker.vitest.config.ts", related: false },
  coverageAnalysis: "perTest",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 85, low: 70, break: 70 },
  concurrency: 2,
  timeoutMS: 20000,
  ignorePatterns: [
    "dist",
    "dist.*",
    "public/data",
    ".data",
    "offline",
    "bench",
    "reports",
    ".astro",
    "test/charts/output",
  ],
  tempDirName: join(tmpdir(), "crossings-stryker"),
  cleanTempDir: "always",
};
