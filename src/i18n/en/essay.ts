/**
 * The essay page (/): its introduction, reading modes, step navigation and the words its islands say. Strings the
 * browser shows are rendered into `data-*` attributes by the server, so the island code holds no words of its own;
 * `{name}` placeholders are filled in where the value is known (by the page, or by the island).
 */
export const essay = {
  /** Under the site's name at the top of the essay. */
  tagline: "Irregular migration, trafficking and smuggling into and within India",
  /** The line under the title; {author}, {title} and {term} become elements (the title is a <cite>). */
  byline:
    "A retelling, in our own words and with sourced maps and charts, of {author}’s paper {title}. The paper says “illegal migration”; we say {term}: crossing or staying without the papers a state asks for.",
  bylineTerm: "irregular migration",
  toc: "Chapters",
  modes: {
    label: "Reading mode",
    scroll: "Scroll",
    steps: "Step by step",
    stacked: "Text with figures",
    /** Announced when the mode changes; {mode} is one of the three names above. */
    announce: "Reading mode: {mode}",
  },
  hint: {
    text: "Scroll, and the figure follows the text. Or switch to step by step, with Next and Previous buttons and the arrow keys.",
    dismiss: "Got it",
  },
  nav: {
    label: "Steps",
    previous: "Previous",
    next: "Next",
    /** {n} and {total} are filled in by the island. */
    position: "Step {n} of {total}",
  },
  /** {n} and {total} are filled in by the island. */
  chapterOf: "Chapter {n} of {total}",
  /** Announced when the figure changes; {title} is filled in by the island. */
  figureLive: "Figure: {title}",
  /** Under a figure that a step keeps from the step before it (its notes and sources are shown there). */
  asBefore: "The same figure as for the step before: its notes and sources are given there.",
  /** The disclosure under a figure beside the text. */
  notesAndSources: "Notes and sources",
  tips: {
    /** The touch sheet that holds a tapped mark's details. */
    sheet: "Details of the mark you tapped",
    close: "Close",
  },
};
