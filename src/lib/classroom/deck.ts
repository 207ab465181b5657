/**
 * The classroom deck, built from the essay's steps: the deck, the speaker view and the handout share this one
 * list, so a slide's text and notes are written once (in the chapter's frontmatter). The title slide is the
 * only slide that is not a step.
 */
import type { ChapterMeta } from "../essay.ts";

export interface Slide {
  /** The step id (or the title slide's id): `data-slide`, the element id and the URL hash. */
  id: string;
  chapterId?: string;
  chapterTitle?: string;
  headline: string;
  points: readonly string[];
  /** A chart or map-state id; none for the title slide. */
  show?: string;
  /** A named view of that figure, when the step shows only part of a tall chart. */
  view?: string;
  notes: string;
}

export const TITLE_SLIDE_ID = "title";

/** What the title slide says: the deck's name and the note a teacher reads before starting. */
export interface TitleSlide {
  headline: string;
  notes: string;
}

/** The title slide, then one slide per step in chapter order. */
export function buildDeck(chapters: readonly ChapterMeta[], title: TitleSlide): Slide[] {
  const ordered = [...chapters].sort((a, b) => a.order - b.order);
  return [
    { id: TITLE_SLIDE_ID, headline: title.headline, points: [], notes: title.notes },
    ...ordered.flatMap((ch) =>
      ch.steps.map((s): Slide => ({
        id: s.id,
        chapterId: ch.id,
        chapterTitle: ch.title,
        headline: s.slide.headline,
        points: s.slide.points,
        show: s.show,
        ...(s.view ? { view: s.view } : {}),
        notes: s.notes,
      })),
    ),
  ];
}

/** The slide ids in order, refusing a deck whose ids repeat (each is a URL hash and an element id). */
export function slideIds(deck: readonly Slide[]): string[] {
  const seen = new Set<string>();
  for (const s of deck) {
    if (seen.has(s.id)) throw new Error(`slide id "${s.id}" is used twice`);
    seen.add(s.id);
  }
  return [...seen];
}
