/**
 * The classroom's words: the deck (/present/), its speaker view and handout, the exercise and its key, the
 * teachers' page, and the content note that opens each of them and the essay. Strings with `{name}` are
 * filled in by the browser (see src/lib/classroom/fill.ts); functions are filled in at build time.
 */
import type { Category, Element } from "../../content/exercise/schema.ts";
import { ENGLISH_CUE } from "../../lib/classroom/prompts.ts";

/** Where the content note is shown: its first sentence says what the reader is about to see. */
export type NoteSurface = "essay" | "deck" | "exercise" | "teach" | "handout";

export const classroom = {
  /**
   * A sentence of a speaker note that tells the teacher to ask or discuss something (a question mark does too):
   * the speaker view shows it under "Ask:" and the teachers' page lists it (src/lib/classroom/prompts.ts).
   */
  promptCue: ENGLISH_CUE as RegExp,

  contentNote: {
    title: "Content note",
    lead: {
      essay:
        "This essay is about people who were trafficked, exploited or put in danger while crossing borders.",
      deck: "These slides are about people who were trafficked, exploited or put in danger while crossing borders.",
      exercise:
        "These scenarios are about people who were trafficked, exploited or put in danger while crossing borders; some involve sexual exploitation, debt bondage or the removal of a kidney.",
      teach:
        "This lesson is about people who were trafficked, exploited or put in danger while crossing borders. Some students may have lived through something like it, or know someone who has.",
      handout:
        "These slides are about people who were trafficked, exploited or put in danger while crossing borders.",
    } satisfies Record<NoteSurface, string>,
    body: "Forced labour and sexual exploitation are described only in general terms. No survivor is named and no one's photograph is shown. Maps show routes only at the level of districts, towns and official crossing points.",
    help: "If you or someone you know needs help now:",
    source: "source",
    sourceOf: (name: string) => `Source of the ${name} number`,
  },

  present: {
    title: (site: string) => `${site}: slides for the classroom`,
    description:
      "Slides for teaching the Crossings essay: one headline, a few points and the figure on each slide, with speaker notes.",
    tools: "Slides",
    essay: "Essay",
    speaker: "Speaker view",
    handout: "Handout",
    teach: "For teachers",
    fullscreen: "Fullscreen",
    overview: "Overview",
    notes: "Notes",
    retelling: "A classroom deck retelling",
    move: "Arrows, space, Page Up and Page Down, or a clicker, move on.",
    keys: [
      { key: "F", what: "fullscreen" },
      { key: "Esc", what: "overview" },
      { key: "S", what: "speaker view, in a second window" },
      { key: "T", what: "notes on this screen: they show on the projector too if it mirrors this screen" },
      { key: "?", what: "every key" },
    ],
    /** reveal.js's help overlay (the ? key) lists these with the keys. */
    help: {
      notes: "Speaker notes on this screen (a mirrored projector shows them too)",
      speaker: "Speaker view in a second window or tab",
    },
    /**
     * reveal.js's own words (its help overlay and its arrows' labels), exactly as reveal.js writes them in English:
     * another locale gives its words under the same keys, and the deck swaps reveal's text for them.
     */
    revealWords: {
      title: "Keyboard Shortcuts",
      key: "KEY",
      action: "ACTION",
      next: "Next slide",
      previous: "Previous slide",
      left: "Navigate left",
      right: "Navigate right",
      up: "Navigate up",
      down: "Navigate down",
      noFragments: "Navigate without fragments",
      firstLast: "Jump to first/last slide",
      pause: "Pause",
      fullscreen: "Fullscreen",
      jump: "Jump to slide",
      overview: "Slide overview",
      previousArrow: "previous slide",
      nextArrow: "next slide",
      aboveArrow: "above slide",
      belowArrow: "below slide",
    },
    notesLabel: "Notes",
    /** Under each figure when the slides are read as a page (a phone): the essay draws it for a phone. */
    inEssay: "Read this part of the essay, with its figure drawn for a small screen",
    overlay: {
      title: "Speaker notes",
      hide: "T hides them.",
      warning: "A projector that mirrors this screen shows them too.",
    },
    printView: {
      intro:
        "Print view: one slide per page, each with its figure, its sources and, on a map, the boundary note. Use your browser's Print command; choose landscape if it asks.",
      back: "Back to the slides",
    },
  },

  speaker: {
    title: (site: string) => `Speaker view · ${site}`,
    description: "Speaker notes, the next slide and a timer for presenting Crossings in class.",
    of: "of",
    timer: "Time since the talk started",
    pause: "Pause",
    resume: "Resume",
    reset: "Reset",
    waiting:
      "Open the slides and press S, or keep this window beside them: it follows the deck, and moves it.",
    following: "Following the deck.",
    current: "Current slide",
    next: "Next",
    end: "End of the deck",
    previousButton: "Previous",
    nextButton: "Next",
    keysHint: "Arrow keys, space and Page Up/Down here move the deck too.",
    ask: "Ask:",
  },

  handout: {
    title: (site: string) => `Handout: the slides with notes · ${site}`,
    description:
      "The Crossings classroom slides as a printable handout: one slide per page, with the speaker notes.",
    back: "Back to the slides",
    teach: "For teachers",
    heading: (site: string, n: number) => `Handout: ${site} in ${n} slides`,
    intro:
      "One slide per page with its notes. Use your browser's Print command and choose “Save as PDF” for a file; landscape pages are set for you.",
    print: "Print or save as PDF",
    slideOf: (i: number, n: number) => `Slide ${i} of ${n}`,
    slideLabel: (i: number, headline: string) => `Slide ${i}: ${headline}`,
    notes: "Notes",
  },

  exercise: {
    title: "Trafficking or smuggling? An exercise",
    description:
      "Short fictional scenarios for students to sort into trafficking, smuggling, both or neither, and to mark the elements of the legal definitions, with feedback.",
    heading: "Trafficking or smuggling?",
    lede: (n: number) =>
      `${n} short scenarios. For each, decide whether it describes trafficking, smuggling, both, or neither (irregular migration or lawful movement), and mark which elements of the definitions are present.`,
    fictional: "Every scenario is fictional, written for this exercise. None tells a real person's story.",
    reminder: "The definitions in brief",
    definitions: [
      {
        term: "Trafficking",
        text: "needs an act (recruiting, moving, transferring, harbouring or receiving a person), a means (threat, force, deception, abuse of power or of vulnerability, or payment to someone who controls them) and a purpose of exploitation. For a child, the act and the purpose are enough. Consent does not count once any of the means is used, and no border need be crossed.",
      },
      {
        term: "Smuggling",
        text: "is arranging someone's entry into a country they have no right to enter, for money or another material benefit. It always crosses a border, the migrant usually agrees to it, and it ends on arrival.",
      },
    ],
    readDefinitions: "Read the definitions in the essay",
    noAnswers: "No answers yet.",
    /** Filled in by the browser. */
    score: "{right} of {answered} answered correctly ({total} scenarios in all).",
    reset: "Start again",
    privacy: "Your answers are kept only in this browser, on this device.",
    scenarioOf: (i: number, n: number) => `Fictional scenario ${i} of ${n}`,
    formLabel: (title: string) => `Your answer to “${title}”`,
    thisIs: "This is…",
    whichPresent: "Which of these are present?",
    check: "Check my answer",
    answer: "Answer",
    present: "present",
    notPresent: "not present",
    definitionsLink: "The definitions, in the essay",
    /** Feedback, filled in by the browser. */
    feedback: {
      right: "Right: {answer}.",
      wrong: "Not quite. You said {given}; the answer is {answer}.",
      element: "{name}: {state}",
      youMarked: "(you marked it)",
      youDidNot: "(you did not mark it)",
      elements: "Elements: {right} of {total} as in the key.",
    },
    forTeachers: "For teachers:",
    keyLink: "the answer key",
    planLink: "a lesson plan",
    worksheet: {
      name: "Name",
      group: "Class",
      date: "Date",
      why: "Why? Name the elements you found.",
      /** The printed footer: the site's address and the day it was printed. */
      footer: (site: string, address: string) => `${site} · ${address}`,
    },
    categories: {
      trafficking: { label: "Trafficking" },
      smuggling: { label: "Smuggling" },
      both: { label: "Both" },
      neither: { label: "Neither", hint: "irregular migration, or lawful movement" },
    } satisfies Record<Category, { label: string; hint?: string }>,
    elements: {
      act: {
        label: "Act",
        hint: "Someone recruits, moves, transfers, hides or receives the person.",
      },
      means: {
        label: "Means",
        hint: "Threats, force, deception, abduction, abuse of power or of a person's vulnerability, or payment to someone who controls them.",
      },
      purpose: {
        label: "Purpose: exploitation",
        hint: "The aim is to exploit the person: forced labour or services, sexual exploitation, servitude, slavery-like practices, or removal of organs.",
      },
      consent: {
        label: "Real consent",
        hint: "An adult agreed, knowing the facts and without pressure, to everything that happened to them.",
      },
      border: {
        label: "International border crossed",
        hint: "The person crossed from one country into another (with or without papers).",
      },
    } satisfies Record<Element, { label: string; hint: string }>,
  },

  key: {
    title: "Answer key: Trafficking or smuggling?",
    description:
      "The answer key to the Crossings exercise, for teachers: each fictional scenario's answer, the elements present and why.",
    exercise: "The exercise",
    teach: "For teachers",
    intro: (n: number) =>
      `For teachers. All ${n} scenarios are fictional. The definitions they rest on are set out in`,
    essay: "the essay",
    caption: "Each scenario's answer and the elements present",
    scenario: "Scenario",
    answer: "Answer",
    yes: "yes",
    no: "no",
    fictional: "Fictional scenario",
    answerIs: (label: string) => `Answer: ${label}.`,
    elementsPresent: "Elements present:",
    none: "none",
  },

  teach: {
    title: "For teachers",
    description:
      "Teaching Crossings in one lesson: learning objectives, a 45-minute plan, discussion questions for each chapter, slides, a handout and an exercise.",
    lede: "One 45-minute lesson on irregular migration, trafficking and smuggling, built on the essay. Everything below works offline from the copy described at the end, and prints on a few pages.",
    print: "Print this page",
    materials: "Materials",
    slides: "Slides",
    slidesDetail: (n: number) =>
      `(${n}): press S for the speaker view, with notes and a timer, in a second window. On a single screen, T shows the notes over the slide.`,
    mirrorWarning:
      "If the projector mirrors your screen, the class sees those notes too: use T only when the projector shows a separate screen, or when nothing on the notes matters.",
    handout: "Handout",
    handoutDetail:
      ": one slide per page with its notes, to print or save as PDF. Printing the slides themselves gives one slide per page without notes.",
    exercise: "Exercise: Trafficking or smuggling?",
    exerciseDetail: (n: number) =>
      `(${n} fictional scenarios; it prints as a worksheet with boxes to tick and lines to write on), and its`,
    key: "answer key",
    essay: "The essay",
    essayDetail: ", with a content note and helplines at the start.",
    objectives: "Learning objectives",
    objectivesIntro: "By the end of the lesson, students can:",
    plan: (minutes: number) => `Lesson plan: ${minutes} minutes`,
    planCaption: "Lesson plan, with start and end minutes",
    minutes: "Minutes",
    part: "Part",
    what: "What happens",
    questions: "Discussion questions, chapter by chapter",
    questionsIntro:
      "These come from the speaker notes on the slides; the link after each goes to the passage in the essay.",
    general: (chapterTitle: string) =>
      `What in “${chapterTitle}” surprised you, and which figure or source would you want to check for yourself?`,
    offline: "Without internet",
    /** `file`: the offline copy's start page (index.html). */
    offlineText: (file: string) =>
      `The site makes no requests to other servers, so it works on a classroom network that is cut off. For a laptop with no network at all, ask for the offline copy: a zip file to unpack onto the laptop or a USB stick. Open ${file} in its folder by double-clicking it; the slides, the speaker view, the figures and the exercise work from there.`,
  },
};
