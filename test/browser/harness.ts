/** What every browser test file needs: the built site served locally and Debian's chromium, for one file. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launch } from "./chromium.ts";
import { serve, type Served } from "./server.ts";

/** The build under test: DIST lets a run use its own folder while dist/ is being rebuilt. */
export const DIST = process.env["DIST"] ?? process.env["CROSSINGS_DIST"] ?? "dist";

// Every browser test file imports this module: without a build, each fails at once with this message.
if (!existsSync(join(DIST, "index.html")))
  throw new Error(
    `${DIST}/index.html is missing: the browser tests need a built site; run \`npm run build\` first`,
  );

export interface Site {
  readonly url: string;
  readonly browser: Browser;
}

/** Serves DIST and launches chromium before the file's tests, and stops both after them. */
export function useSite(): Site {
  let server: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
