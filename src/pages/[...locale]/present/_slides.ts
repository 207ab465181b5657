/**
 * The deck's slides, built from the essay's steps so that the deck, the speaker view and the handout share
 * one list (nothing is written twice). The title slide is the only one that is not a step.
 */
import { chapters } from "../../../site/chapters.ts";
import { TITLE_NOTE } from "../../../content/exercise/teach.ts";
import { SITE_NAME } from "../../../lib/site.ts";

export interface Slide {
  /** The step id (or "title"): `data-slide`, the element id and the URL hash. */
  id: string;
  chapterId?: string;
  chapterTitle?: string;
  headline: string;
  points: readonly string[];
  /** A chart or map-state id, or none for the title slide. */
  show?: string;
  notes: string;
}

export const TITLE_SLIDE_ID = "title";

export async function slides(): Promise<Slide[]> {
  const list = await chapters();
  return [
    { id: TITLE_SLIDE_ID, headline: SITE_NAME, points: [], notes: TITLE_NOTE },
    ...list.flatMap((ch) =>
      ch.steps.map((s) => ({
        id: s.id,
        chapterId: ch.id,
        chapterTitle: ch.title,
        headline: s.slide.headline,
        points: s.slide.points,
        show: s.show,
        notes: s.notes,
      })),
    ),
  ];
}
