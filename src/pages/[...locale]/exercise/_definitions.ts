/**
 * Where the essay sets out the definitions: the first step of its second chapter. Until that chapter
 * exists the link falls back to the chapter's agreed anchor.
 */
import { chapters } from "../../../site/chapters.ts";

export const DEFINITIONS_FALLBACK = "words-matter";

/** The essay URL of the definitions, e.g. `/#words-matter`. */
export async function definitionsHref(): Promise<string> {
  const list = await chapters();
  const second = list[1];
  return `/#${second?.steps[0]?.id ?? DEFINITIONS_FALLBACK}`;
}
