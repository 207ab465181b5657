/**
 * npm run data: validates data/ and writes public/data/ (see data-pipeline.ts).
 * Usage: tsx scripts/run-data.ts [--data DIR] [--out DIR]
 * Exits 1 with one line per problem, e.g. `data/places.csv:17: lat "91.2" is outside -90..90`, and leaves the
 * output folder as it was.
 */
import { formatProblem } from "../src/lib/data/csv.ts";
import { runPipeline } from "./data-pipeline.ts";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const dataDir = opt("--data", "data");
const outDir = opt("--out", "public/data");
const started = performance.now();
const { problems, written } = runPipeline(dataDir, outDir);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`npm run data: ${problems.length} problem(s); ${outDir}/ was not changed.`);
  process.exit(1);
}
console.log(
  `npm run data: ${written.length} files written to ${outDir}/ in ${Math.round(performance.now() - started)} ms`,
);
