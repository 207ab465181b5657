/**
 * npm run data: validates data/ and the ids the essay names, and writes public/data/ (see data-pipeline.ts).
 * Usage: tsx scripts/run-data.ts [--data DIR] [--out DIR] [--essay DIR | --no-essay]
 * Exits 1 with one line per problem, e.g. `data/places.csv:17: lat "91.2" is outside -90..90` (at most 50
 * per file, then a count of the rest), and leaves the output folder as it was.
 */
import { registryIds, report, runPipeline } from "./data-pipeline.ts";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const dataDir = opt("--data", "data");
const outDir = opt("--out", "public/data");
const essayDir = args.includes("--no-essay") ? undefined : opt("--essay", "src/content");
const started = performance.now();
const result = runPipeline(
  dataDir,
  outDir,
  essayDir ? { essay: { dir: essayDir, chartIds: registryIds() } } : {},
);
process.exitCode = report(result, outDir, performance.now() - started);
