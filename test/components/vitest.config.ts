/**
 * The `components` project: Astro components rendered with the Container API, which needs Astro's Vite
 * configuration (getViteConfig) to compile `.astro` files. Needs no build: the tests point the data loaders at
 * the pipeline's output for test/fixtures/valid.
 */
import { fileURLToPath } from "node:url";
import { getViteConfig } from "astro/config";

const root = fileURLToPath(new URL("../..", import.meta.url));

export default getViteConfig({
  root,
  test: {
    root,
    name: "components",
    include: ["test/components/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: "UTC" },
  },
});
