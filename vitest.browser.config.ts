import { defineConfig } from "vitest/config";

/** Browser tests: Debian's chromium, driven by playwright-core, against the built site in dist/. */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    setupFiles: ["test/browser/require-build.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    env: { TZ: "UTC" },
  },
});
