/**
 * The deck's island. On a wide screen it starts reveal.js on a 1280×720 canvas (1280×960 on a 4:3 screen,
 * switched as the window changes); T shows the current slide's notes over the deck; S opens the speaker view
 * through its plain link; the speaker view and the deck follow each other (deck-link.ts). On a phone the
 * slides stay stacked and `#/<slide id>` scrolls to its slide. With `?print-pdf` the deck shows its print
 * layout (one slide per page) instead of starting reveal.js, as reveal's own print mode would.
 */
import Reveal from "reveal.js";
import { CANVASES, canvasFor, type CanvasName } from "../lib/classroom/layout.ts";
import { slideIdFromHash, type DeckMessage } from "../lib/classroom/sync.ts";
import { deckLink } from "./deck-link.ts";

const root = document.documentElement;
const deck = document.querySelector<HTMLElement>(".deck");
const slides = () => [...document.querySelectorAll<HTMLElement>(".slides > section[data-slide]")];
const speakerLink = document.querySelector<HTMLAnchorElement>("[data-speaker-link]");
const motion = matchMedia("(prefers-reduced-motion: reduce)");

/** On a phone (and in the print view) the slides are a page: an address names a slide to scroll to. */
function followHash(): void {
  const go = () => {
    const id = slideIdFromHash(location.hash);
    const el = id ? document.getElementById(id) : null;
    if (el?.matches("[data-slide]")) el.scrollIntoView({ block: "start", behavior: "instant" });
  };
  window.addEventListener("hashchange", go);
  // Once the fonts are in, the slides above the target have their real heights.
  go();
  void document.fonts?.ready.then(go);
}

/** Lays every figure slide out as planned for a canvas (the page carries both plans). */
function applyCanvas(name: CanvasName): void {
  root.dataset["canvas"] = name;
  const suffix = name === "wide" ? "Wide" : "Standard";
  for (const s of slides()) {
    const layout = s.dataset[`layout${suffix}`];
    const fit = s.dataset[`fit${suffix}`];
    if (layout) s.dataset["layout"] = layout;
    if (fit) s.dataset["fit"] = fit;
  }
}

/** The page's words for reveal.js's own English (`data-reveal-words`, JSON), by reveal's text. */
function revealWords(el: HTMLElement): Map<string, string> {
  try {
    const parsed: unknown = JSON.parse(el.dataset["revealWords"] ?? "{}");
    if (typeof parsed !== "object" || parsed === null) return new Map();
    return new Map(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return new Map();
  }
}

function live(el: HTMLElement): void {
  el.classList.add("reveal");
  root.classList.add("is-live");
  let canvas: CanvasName = canvasFor({ width: innerWidth, height: innerHeight });
  applyCanvas(canvas);
  const transition = () => (motion.matches ? "none" : "fade");
  const r = new Reveal(el, {
    hash: true,
    history: false,
    progress: true,
    controls: true,
    slideNumber: "c/t",
    ...CANVASES[canvas],
    margin: 0,
    center: false,
    transition: transition(),
    backgroundTransition: "none",
    // Only slides near the current one are laid out; every slide stays in the page (print, search, no JS).
    viewDistance: 2,
    mobileViewDistance: 1,
    // Touch devices too narrow for the canvas never get here (they read the stacked slides).
    scrollActivationWidth: 0,
  });

  // Notes on this screen: off until T (or the button) asks for them, and never remembered.
  const overlay = document.querySelector<HTMLElement>("[data-notes-overlay]");
  const overlayText = overlay?.querySelector<HTMLElement>("[data-notes-overlay-text]");
  const notesButton = document.querySelector<HTMLButtonElement>("[data-notes-toggle]");
  const current = () => r.getCurrentSlide() as HTMLElement | undefined;
  const fillNotes = () => {
    if (!overlay || overlay.hidden || !overlayText) return;
    overlayText.textContent = current()?.querySelector("aside.notes")?.textContent?.trim() ?? "";
  };
  const toggleNotes = (show = overlay?.hidden ?? false) => {
    if (!overlay) return;
    overlay.hidden = !show;
    root.classList.toggle("notes-on", show);
    notesButton?.setAttribute("aria-pressed", String(show));
    fillNotes();
  };
  if (notesButton) {
    notesButton.hidden = false;
    notesButton.addEventListener("click", () => toggleNotes());
  }

  // The speaker view: its plain link opens it (a named window, so pressing S again reuses it).
  const link = deckLink("deck", (m) => {
    if (m.type === "crossings-hello") send();
    else if (m.type === "crossings-goto") {
      const i = slides().findIndex((s) => s.dataset["slide"] === m.id);
      if (i >= 0 && i !== r.getIndices().h) r.slide(i);
    }
  });
  const state = (): Extract<DeckMessage, { type: "crossings-slide" }> => ({
    type: "crossings-slide",
    id: current()?.dataset["slide"] ?? "",
    index: r.getIndices().h,
    total: r.getTotalSlides(),
  });
  const send = () => {
    const s = state();
    if (s.id) link.send(s);
  };
  // A speaker view already open is brought forward rather than reloaded (which would reset its timer).
  speakerLink?.addEventListener("click", (e) => {
    const open = link.peer();
    if (!open) return;
    e.preventDefault();
    open.focus();
  });

  const full = document.querySelector<HTMLButtonElement>("[data-fullscreen]");
  const over = document.querySelector<HTMLButtonElement>("[data-overview]");
  if (full && document.fullscreenEnabled) {
    full.hidden = false;
    full.addEventListener("click", () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen();
    });
  }
  if (over) {
    over.hidden = false;
    over.addEventListener("click", () => r.toggleOverview());
  }

  motion.addEventListener("change", () => r.configure({ transition: transition() }));
  window.addEventListener("resize", () => {
    const next = canvasFor({ width: innerWidth, height: innerHeight });
    if (next === canvas) return;
    canvas = next;
    applyCanvas(canvas);
    r.configure({ ...CANVASES[canvas] });
  });
  // Paper is 16:9 whatever the screen: print with the wide plan, then put the screen's back.
  window.addEventListener("beforeprint", () => applyCanvas("wide"));
  window.addEventListener("afterprint", () => applyCanvas(canvas));
  r.on("slidechanged", () => {
    fillNotes();
    send();
  });
  // reveal.js writes its help overlay and its arrows' labels in English: put them in the page's language.
  const words = revealWords(el);
  const translate = (scope: ParentNode) => {
    for (const n of scope.querySelectorAll<HTMLElement>(".r-overlay-help-content :is(p, th, td)")) {
      const text = n.textContent?.trim() ?? "";
      if (words.has(text)) n.textContent = words.get(text)!;
    }
    for (const b of scope.querySelectorAll<HTMLElement>(".controls button[aria-label]")) {
      const label = words.get(b.getAttribute("aria-label") ?? "");
      if (label) b.setAttribute("aria-label", label);
    }
  };
  if (words.size) r.on("showhelp", () => translate(el));
  r.on("ready", () => {
    if (words.size) translate(el);
    // reveal.js lists bindings with a description in its help overlay (the ? key).
    r.addKeyBinding({ keyCode: 84, key: "T", description: el.dataset["helpNotes"] ?? "" }, () =>
      toggleNotes(),
    );
    r.addKeyBinding({ keyCode: 83, key: "S", description: el.dataset["helpSpeaker"] ?? "" }, () =>
      speakerLink?.click(),
    );
    send();
  });
  void r.initialize();
}

if (deck) {
  const printView = /(?:^|[?&])print-pdf(?:[=&]|$)/i.test(location.search.slice(1));
  if (printView) {
    root.classList.add("print-view");
    followHash();
  } else if (matchMedia("(max-width: 40rem)").matches) followHash();
  else live(deck);
}
