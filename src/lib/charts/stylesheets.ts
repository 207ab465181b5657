/** The site's stylesheets as text, for baking into files that leave the page (Node, at build time). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

let cache: string[] | undefined;

export function siteStylesheets(root = process.cwd()): string[] {
  cache ??= ["global.css", "charts.css", "maps.css"].map((f) =>
    readFileSync(join(root, "src", "styles", f), "utf8"),
  );
  return cache;
}
