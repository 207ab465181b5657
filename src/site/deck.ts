/**
 * The deck as the classroom pages build it: the essay's steps (read through chapters.ts) made into slides by
 * src/lib/classroom, each figure slide with the layout and the drawing width that show its figure largest.
 */
import { buildDeck, type Slide } from "../lib/classroom/deck.ts";
import { planFigure, svgSize, type FigurePlan } from "../lib/classroom/layout.ts";
import { getChart } from "../lib/charts/index.ts";
import { figure, sourceLine } from "../lib/figures.ts";
import { teachContent } from "../content/exercise/teach.ts";
import type { Locale } from "../i18n/locales.ts";
import { chapters } from "./chapters.ts";
import { ctxFor } from "./ctx.ts";

export interface DeckSlide extends Slide {
  /** How the figure is placed on the slide; none for the title slide. */
  plan?: FigurePlan;
}

/** Every slide, title first: text and notes only (the speaker view, the handout). */
export const slides = async (locale: Locale): Promise<Slide[]> =>
  buildDeck(await chapters(locale), {
    headline: ctxFor(locale).t.site.name,
    notes: teachContent(locale).titleNote,
  });

/** Every slide, title first, with its figure's plan (the deck). */
export async function deck(locale: Locale): Promise<DeckSlide[]> {
  const ctx = ctxFor(locale);
  return (await slides(locale)).map((s) => {
    if (!s.show) return s;
    const id = s.show;
    const view = s.view;
    const whole = figure(id, ctx, { surface: "slide", ...(view ? { view } : {}) });
    const plan = planFigure({
      kind: getChart(id).kind,
      text: {
        headline: s.headline,
        points: s.points,
        figureTitle: whole.text.title,
        ...(whole.text.subtitle ? { figureSubtitle: whole.text.subtitle } : {}),
        legend: whole.legend.map((l) => l.label),
        // What the slide's caption shows: two caveats and up to four sources (present.css, Chart.astro).
        caption: [...whole.notes.slice(0, 2), sourceLine(whole.sourceRows.slice(0, 4))].join(" "),
      },
      ratioAt(width) {
        const size = svgSize(figure(id, ctx, { width, surface: "slide", ...(view ? { view } : {}) }).svg);
        return size.height / size.width;
      },
    });
    return { ...s, plan };
  });
}
