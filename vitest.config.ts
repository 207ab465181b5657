import { defineConfig } from "vitest/config";

/**
 * Two projects:
 * - `unit`: needs no build (unit tests, chart snapshots, pipeline fixtures, components through Astro's
 *   Container API). `npm run test:unit`.
 * - `build`: checks the built site in dist/ (`npm test` builds first). `npm run test:build` on an existing build.
 * The browser suite has its own config (vitest.browser.config.ts).
 *
 * Snapshots are never written implicitly, locally or in CI: a missing or changed snapshot fails, and
 * `npm run test:update` (vitest -u) is the one way to accept new drawings.
 */
const shared = { environment: "node", testTimeout: 30_000, env: { TZ: "UTC" } } as const;

export default defineConfig({
  test: {
    update: "none",
    projects: [
      {
        test: {
          ...shared,
          name: "unit",
          include: ["test/{unit,pipeline,charts}/**/*.test.ts"],
          globalSetup: ["test/setup/snapshot-mode.ts"],
        },
      },
      "test/components/vitest.config.ts",
      { test: { ...shared, name: "build", include: ["test/build/**/*.test.ts"] } },
    ],
  },
});
