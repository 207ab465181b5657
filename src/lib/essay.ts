/**
 * The essay's chapters and steps, read from frontmatter without rendering the prose, so that /present/,
 * the step component and the id checks share one list.
 */
import type { Step } from "./charts/types.ts";

export interface ChapterMeta {
  /** The chapter's id: the same in every language (its anchor on the essay page). */
  id: string;
  /** The collection entry it comes from (`<locale>/<id>`). */
  entryId: string;
  title: string;
  order: number;
  summary: string;
  steps: Step[];
}

/** Every problem with a set of chapters' steps: duplicate step ids. Unknown figure ids are caught by the schema. */
export function stepProblems(chapters: readonly ChapterMeta[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const ch of chapters) {
    for (const s of ch.steps) {
      const first = seen.get(s.id);
      if (first)
        problems.push(`step id "${s.id}" in chapter "${ch.id}" is already used in chapter "${first}"`);
      else seen.set(s.id, ch.id);
    }
  }
  return problems;
}
