/**
 * The ids a chapter names: the figure each step shows (`steps[].show` in the frontmatter) and every number
 * the prose quotes (`<Num id="…"/>`), each with its line. The pipeline checks them against the data and the
 * chart registry, so that a missing figure stops `npm run data` with the chapter's file and line instead of
 * failing somewhere inside `astro build`. Nothing here reads files.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Problem } from "./csv.ts";

export interface EssayRef {
  /** `num`: a `<Num id>` in the prose; `show`: a step's figure. */
  kind: "num" | "show";
  id: string;
  line: number;
  /** The step's id, for `show`. */
  step?: string;
}

/** `<Num id="x"/>`, `<Num id='x' />`, `<Num unit={false} id={"x"}/>`: the literal id and where it starts. */
const NUM = /<Num\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)\s*\})/g;
/** A `<Num>` whose id is not a literal: it cannot be checked before the build. */
const NUM_TAG = /<Num\b[^>]*>/g;

/** Every id a chapter's text names, and the problems found reading it (bad frontmatter, a dynamic id). */
export function essayRefs(text: string, file: string): { refs: EssayRef[]; problems: Problem[] } {
  const refs: EssayRef[] = [];
  const problems: Problem[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  // Frontmatter: between a first line `---` and the next line `---`.
  const fm = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  let bodyStart = 0;
  if (fm) {
    bodyStart = fm[0].length;
    const counter = new LineCounter();
    const doc = parseDocument(fm[1]!, { lineCounter: counter });
    const fmLine = (offset: number) => counter.linePos(offset).line + 1; // the frontmatter starts on line 2
    for (const e of doc.errors) {
      problems.push({ file, line: fmLine(e.pos[0]), message: `the frontmatter is not valid YAML: ${e.message.split("\n")[0]}` });
    }
    const steps = isMap(doc.contents) ? doc.contents.get("steps", true) : undefined;
    if (isSeq(steps)) {
      for (const item of steps.items) {
        if (!isMap(item)) continue;
        const show = item.get("show", true);
        const id = item.get("id");
        if (isScalar(show) && show.range) {
          refs.push({
            kind: "show",
            id: String(show.value),
            line: fmLine(show.range[0]),
            ...(typeof id === "string" ? { step: id } : {}),
          });
        }
      }
    }
  }

  const body = text.slice(bodyStart);
  const literal = new Set<number>();
  for (const m of body.matchAll(NUM)) {
    const id = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "";
    refs.push({ kind: "num", id, line: lineOf(bodyStart + m.index) });
    literal.add(m.index);
  }
  for (const m of body.matchAll(NUM_TAG)) {
    if (!literal.has(m.index)) {
      problems.push({
        file,
        line: lineOf(bodyStart + m.index),
        message: `${m[0]} has no literal id: write <Num id="…"/> so that the id can be checked before the build`,
      });
    }
  }
  return { refs, problems };
}

/** The refs that name nothing known: a `<Num>` id not among the figures, a step's figure not in the registry. */
export function unknownRefs(
  refs: readonly EssayRef[],
  file: string,
  figures: ReadonlySet<string>,
  charts: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const r of refs) {
    if (r.kind === "num" && !figures.has(r.id)) {
      problems.push({
        file,
        line: r.line,
        message: `<Num id="${r.id}"/> names no figure: no row with that id in data/stats/*.csv, nor a border with a length in data/borders.csv`,
      });
    }
    if (r.kind === "show" && !charts.has(r.id)) {
      problems.push({
        file,
        line: r.line,
        message: `step${r.step ? ` "${r.step}"` : ""} shows "${r.id}", which is not a chart or map-state id in src/lib/charts/index.ts`,
      });
    }
  }
  return problems;
}
