import { defineConfig } from "vitest/config";

/** The tests Stryker runs against each mutant (stryker.config.mjs): the unit tests of the data layer. */
export default defineConfig({
  test: {
    include: ["test/unit/data/**/*.test.ts", "test/unit/numbers.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    env: { TZ: "UTC" },
  },
});
