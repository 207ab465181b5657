/**
 * The slides: reveal.js on the deck, and messages to and from the speaker view.
 * Imported by the `<script>` of src/pages/present/index.astro.
 */
import Reveal from "reveal.js";

/** Messages between the deck and the speaker view (see /present/speaker/). */
type DeckMessage = { type: "crossings-slide"; id: string; index: number; total: number };
type SpeakerMessage = { type: "crossings-hello" } | { type: "crossings-goto"; id: string };

const deck = document.querySelector<HTMLElement>(".deck");
// On a phone the slides read better stacked, as without JavaScript, than shrunk to a 16:9 box.
const narrow = matchMedia("(max-width: 40rem)").matches;
if (deck && !narrow) {
  deck.classList.add("reveal");
  document.documentElement.classList.add("is-live");
  const motion = matchMedia("(prefers-reduced-motion: reduce)");
  const transition = () => (motion.matches ? "none" : "fade");
  const r = new Reveal(deck, {
    hash: true,
    history: false,
    progress: true,
    controls: true,
    slideNumber: "c/t",
    width: 1280,
    height: 720,
    margin: 0.03,
    center: false,
    transition: transition(),
    backgroundTransition: "none",
    // The deck's own notes are read by our speaker page; reveal's notes popup is not loaded.
    keyboard: { 83: () => openSpeaker() },
  });

  const slideEls = () => [...deck.querySelectorAll<HTMLElement>(".slides > section[data-slide]")];
  const state = (): DeckMessage => {
    const current = r.getCurrentSlide() as HTMLElement | undefined;
    return {
      type: "crossings-slide",
      id: current?.dataset["slide"] ?? "",
      index: r.getIndices().h,
      total: r.getTotalSlides(),
    };
  };

  // Two ways to reach the speaker view: the window we opened (works from file:// too) and a channel
  // (works when the speaker view was opened by hand on the same origin). Both carry idempotent messages.
  const channel = "BroadcastChannel" in window ? new BroadcastChannel("crossings-deck") : null;
  let speaker: Window | null = null;
  const send = () => {
    const msg = state();
    channel?.postMessage(msg);
    if (speaker && !speaker.closed) speaker.postMessage(msg, "*");
  };
  const receive = (data: unknown) => {
    const m = data as SpeakerMessage | null;
    if (!m || typeof m !== "object") return;
    if (m.type === "crossings-hello") send();
    else if (m.type === "crossings-goto" && typeof m.id === "string") {
      const i = slideEls().findIndex((s) => s.dataset["slide"] === m.id);
      if (i >= 0) r.slide(i);
    }
  };
  channel?.addEventListener("message", (e) => receive(e.data));
  window.addEventListener("message", (e) => {
    if (speaker && e.source === speaker) receive(e.data);
  });

  const link = document.querySelector<HTMLAnchorElement>("[data-speaker-link]");
  function openSpeaker() {
    if (!link) return;
    speaker = window.open(link.href, "crossings-speaker", "popup,width=1100,height=720");
    // The new window says hello when it is ready; send the state now too in case it was already open.
    send();
  }
  link?.addEventListener("click", (e) => {
    e.preventDefault();
    openSpeaker();
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
  r.on("slidechanged", send);
  r.on("ready", send);
  void r.initialize();
}
