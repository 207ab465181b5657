/**
 * The speaker view's island: shows the notes of the slide the deck is on, moves the deck from its buttons and
 * keys, and runs the timer. Its words come from the page's data attributes.
 */
import { deckLink } from "./deck-link.ts";

const bar = document.querySelector<HTMLElement>("[data-speaker]");
const words = (name: string) => bar?.dataset[name] ?? "";
const articles = [...document.querySelectorAll<HTMLElement>("[data-note-for]")];
const ids = articles.map((a) => a.dataset["noteFor"] ?? "");
const count = document.querySelector<HTMLElement>("[data-count]");
const next = document.querySelector<HTMLElement>("[data-next]");
const status = document.querySelector<HTMLElement>("[data-status]");
let current = 0;
let connected = false;

const show = (index: number) => {
  current = Math.max(0, Math.min(index, articles.length - 1));
  articles.forEach((a, i) => (a.hidden = i !== current));
  if (count) count.textContent = String(current + 1);
  if (next) next.textContent = articles[current + 1]?.dataset["headline"] ?? words("end");
  document.documentElement.dataset["current"] = ids[current];
};

const link = deckLink("speaker", (m) => {
  if (m.type !== "crossings-slide") return;
  const i = ids.indexOf(m.id);
  if (i < 0) return;
  if (!connected && status) status.textContent = words("following");
  connected = true;
  show(i);
});

// Moving from here asks the deck to move; the deck answers with the slide it shows.
const go = (step: number) => {
  const target = ids[Math.max(0, Math.min(current + step, ids.length - 1))];
  if (target) link.send({ type: "crossings-goto", id: target });
  if (!connected) show(current + step);
};
document
  .querySelectorAll<HTMLButtonElement>("[data-go]")
  .forEach((b) => b.addEventListener("click", () => go(Number(b.dataset["go"]))));
document.addEventListener("keydown", (e) => {
  if (e.target instanceof HTMLButtonElement && (e.key === " " || e.key === "Enter")) return;
  const keys: Record<string, number> = {
    ArrowRight: 1,
    ArrowDown: 1,
    PageDown: 1,
    " ": 1,
    ArrowLeft: -1,
    ArrowUp: -1,
    PageUp: -1,
  };
  const step = keys[e.key];
  if (!step) return;
  e.preventDefault();
  go(step);
});

// The timer counts from when this window opened; pausing keeps the count.
const elapsedEl = document.querySelector<HTMLElement>("[data-elapsed]");
const toggle = document.querySelector<HTMLButtonElement>("[data-timer-toggle]");
const clock = document.querySelector<HTMLElement>("[data-clock]");
let started = Date.now();
let pausedAt: number | null = null;
const pad = (n: number) => String(n).padStart(2, "0");
const tick = () => {
  const s = Math.floor(((pausedAt ?? Date.now()) - started) / 1000);
  if (elapsedEl)
    elapsedEl.textContent = `${s >= 3600 ? `${Math.floor(s / 3600)}:` : ""}${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  if (clock)
    clock.textContent = new Date().toLocaleTimeString(bar?.dataset["intl"] || [], {
      hour: "2-digit",
      minute: "2-digit",
    });
};
toggle?.addEventListener("click", () => {
  if (pausedAt === null) {
    pausedAt = Date.now();
    toggle.textContent = words("resume");
  } else {
    started += Date.now() - pausedAt;
    pausedAt = null;
    toggle.textContent = words("pause");
  }
  tick();
});
document.querySelector("[data-timer-reset]")?.addEventListener("click", () => {
  started = Date.now();
  if (pausedAt !== null) pausedAt = started;
  tick();
});
setInterval(tick, 1000);
tick();

show(0);
link.send({ type: "crossings-hello" });
