/**
 * The speaker view: notes that follow the deck, moves that drive it, and a timer.
 * Imported by the `<script>` of src/pages/present/speaker/index.astro.
 */
type DeckMessage = { type: "crossings-slide"; id: string; index: number; total: number };

const articles = [...document.querySelectorAll<HTMLElement>("[data-note-for]")];
const ids = articles.map((a) => a.dataset["noteFor"] ?? "");
const template = document.querySelector<HTMLTemplateElement>("template[data-headlines]");
const headlines = new Map(
  [...(template?.content.querySelectorAll<HTMLElement>("[data-id]") ?? [])].map((e) => [
    e.dataset["id"] ?? "",
    e.textContent ?? "",
  ]),
);
const count = document.querySelector<HTMLElement>("[data-count]");
const next = document.querySelector<HTMLElement>("[data-next]");
const status = document.querySelector<HTMLElement>("[data-status]");
let current = 0;
let connected = false;

const show = (index: number) => {
  current = Math.max(0, Math.min(index, articles.length - 1));
  articles.forEach((a, i) => (a.hidden = i !== current));
  if (count) count.textContent = String(current + 1);
  if (next) next.textContent = headlines.get(ids[current + 1] ?? "") ?? "End of the deck";
  document.documentElement.dataset["current"] = ids[current];
};

const channel = "BroadcastChannel" in window ? new BroadcastChannel("crossings-deck") : null;
const post = (msg: object) => {
  channel?.postMessage(msg);
  if (window.opener) (window.opener as Window).postMessage(msg, "*");
};
const receive = (data: unknown) => {
  const m = data as DeckMessage | null;
  if (!m || typeof m !== "object" || m.type !== "crossings-slide") return;
  const i = ids.indexOf(m.id);
  if (i < 0) return;
  if (!connected && status) status.textContent = "Following the deck.";
  connected = true;
  show(i);
};
channel?.addEventListener("message", (e) => receive(e.data));
window.addEventListener("message", (e) => {
  if (window.opener && e.source === window.opener) receive(e.data);
});

// Moving from here tells the deck which slide to show; the deck answers with its state.
const go = (step: number) => {
  const target = ids[Math.max(0, Math.min(current + step, ids.length - 1))];
  if (target) post({ type: "crossings-goto", id: target });
  if (!connected) show(current + step);
};
document
  .querySelectorAll<HTMLButtonElement>("[data-go]")
  .forEach((b) => b.addEventListener("click", () => go(Number(b.dataset["go"]))));
document.addEventListener("keydown", (e) => {
  if (e.target instanceof HTMLButtonElement && (e.key === " " || e.key === "Enter")) return;
  const step = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 }[
    e.key
  ];
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
  const ms = (pausedAt ?? Date.now()) - started;
  const s = Math.floor(ms / 1000);
  if (elapsedEl)
    elapsedEl.textContent = `${s >= 3600 ? `${Math.floor(s / 3600)}:` : ""}${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  if (clock) clock.textContent = new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
};
toggle?.addEventListener("click", () => {
  if (pausedAt === null) {
    pausedAt = Date.now();
    toggle.textContent = "Resume";
  } else {
    started += Date.now() - pausedAt;
    pausedAt = null;
    toggle.textContent = "Pause";
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
post({ type: "crossings-hello" });

// A module, so that its top-level names stay its own.
export {};
