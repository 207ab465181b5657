import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/{unit,pipeline,charts,build}/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    env: { TZ: "UTC" },
  },
});
