/**
 * Links from the classroom pages into the essay, by step id: the exercise points at the step that sets out
 * the definitions. An id that is not a step stops the build, so renaming a step cannot leave a dead link.
 */
import type { ChapterMeta } from "../essay.ts";

/** The essay's anchor for a step, e.g. `#three-words`; throws, naming the known ids, when there is none. */
export function stepAnchor(chapters: readonly ChapterMeta[], stepId: string): string {
  const ids = chapters.flatMap((c) => c.steps.map((s) => s.id));
  if (!ids.includes(stepId))
    throw new Error(`no essay step "${stepId}" to link to (steps: ${ids.join(", ") || "none"})`);
  return `#${stepId}`;
}
