/** Runs before every browser test file: without a built site, each fails at once with this message. */
import { existsSync } from "node:fs";
import { join } from "node:path";

const DIST = process.env["DIST"] ?? process.env["CROSSINGS_DIST"] ?? "dist";
if (!existsSync(join(DIST, "index.html")))
  throw new Error(
    `${DIST}/index.html is missing: the browser tests need a built site; run \`npm run build\` first`,
  );
