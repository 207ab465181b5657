/**
 * The essay's island: the `scrolly-essay` custom element, imported by the `<script>` of
 * src/components/Scrolly.astro, and the reading-mode controls of the essay page.
 *
 * Three reading modes, remembered on the device and reflected on `<html data-reading-mode>`:
 * - scroll (the default): the active step's figure fills a pane beside the text (wide or landscape screens) or
 *   above it (portrait phones); scrolling changes the step and replaces the address (`#step`), so that reading
 *   adds nothing to the history;
 * - steps: one step at a time, with Next and Previous (buttons, and the arrow keys when focus is not in a
 *   figure); each move pushes the address, so Back returns to the previous step;
 * - stacked: each step followed by its own figure, as print and JavaScript-off show it.
 * Every word it shows comes from `data-*` attributes rendered by the server.
 */
import { HINT_KEY, isMode, MODE_KEY, type Mode } from "./essay-modes.ts";
import { materialize, renameIds } from "./tips.ts";

/** The layout with the figure beside the text; otherwise it sits above the text. Matches essay.css. */
const SIDE_BY_SIDE = "(orientation: landscape), (min-width: 60rem)";

/** localStorage, when the browser allows it (it may not, from a file or in a private window). */
const store = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string) {
    try {
      localStorage.setItem(key, value);
    } catch {
      /* nothing to remember it in: the choice lasts for this page */
    }
  },
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

/** A step's figure key: what it shows and in which view. */
const figureKey = (step: HTMLElement) => `${step.dataset["show"] ?? ""}|${step.dataset["view"] ?? ""}`;

class ScrollyEssay extends HTMLElement {
  #mode: Mode = "scroll";
  #steps: HTMLElement[] = [];
  #chapters: HTMLElement[] = [];
  #active: HTMLElement | null = null;
  #showing = "";
  /** Counts figure swaps, so that a late fade never puts back an older figure. */
  #swaps = 0;
  #said: string[] = [];
  #graphic!: HTMLElement;
  #position!: HTMLElement;
  #live!: HTMLElement;
  #nav!: HTMLElement;
  #prev!: HTMLButtonElement;
  #next!: HTMLButtonElement;
  #navPosition!: HTMLElement;
  #io: IntersectionObserver | null = null;
  /** Until this time, scroll-driven changes are ignored (a jump to a step is settling). */
  #quietUntil = 0;
  #reduce = matchMedia("(prefers-reduced-motion: reduce)");
  #side = matchMedia(SIDE_BY_SIDE);

  connectedCallback() {
    const graphic = this.querySelector<HTMLElement>(".scrolly-graphic");
    const position = this.querySelector<HTMLElement>(".scrolly-position");
    const live = this.querySelector<HTMLElement>("[data-step-live]");
    const nav = this.querySelector<HTMLElement>(".step-nav");
    const prev = this.querySelector<HTMLButtonElement>("[data-step-prev]");
    const next = this.querySelector<HTMLButtonElement>("[data-step-next]");
    const navPosition = this.querySelector<HTMLElement>(".step-nav-position");
    this.#steps = [...this.querySelectorAll<HTMLElement>("section[data-step]")];
    if (!graphic || !position || !live || !nav || !prev || !next || !navPosition || !this.#steps.length)
      return;
    if (!("IntersectionObserver" in window)) return;
    this.#graphic = graphic;
    this.#position = position;
    this.#live = live;
    this.#nav = nav;
    this.#prev = prev;
    this.#next = next;
    this.#navPosition = navPosition;
    this.#chapters = [...this.querySelectorAll<HTMLElement>("article.chapter")];

    prev.addEventListener("click", () => this.#move(-1));
    next.addEventListener("click", () => this.#move(1));
    document.addEventListener("keydown", (e) => this.#onKey(e));
    addEventListener("popstate", () => this.#fromHash());
    addEventListener("hashchange", () => this.#fromHash());
    let queued = false;
    const reobserve = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        this.#observe();
      });
    };
    addEventListener("resize", reobserve);
    this.#side.addEventListener("change", reobserve);

    this.#wireControls();
    const stored = store.get(MODE_KEY);
    this.#setMode(isMode(stored) ? stored : "scroll", false);
    const start = this.#fromAddress();
    if (start) {
      this.#jump(start.step, start.chapter);
      // The browser scrolls to the address's element again when the page has loaded: land once more after it.
      if (document.readyState !== "complete")
        addEventListener(
          "load",
          () =>
            requestAnimationFrame(
              () => this.#active === start.step && this.#bring(start.step, start.chapter),
            ),
          { once: true },
        );
    } else {
      // The pane is filled when the essay comes near the screen, not at load (it is one more copy of a drawing).
      const near = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          near.disconnect();
          if (!this.#active) this.#activate(this.#steps[0]!, "none", true);
        },
        { rootMargin: "0px 0px 50% 0px" },
      );
      near.observe(this);
    }
    this.#nav.hidden = false;
  }

  /** The reading-mode buttons and the first-visit hint, wherever they are on the page. */
  #wireControls() {
    for (const group of document.querySelectorAll<HTMLElement>("[data-reading-modes]")) group.hidden = false;
    for (const b of document.querySelectorAll<HTMLButtonElement>("[data-reading-mode-set]")) {
      b.addEventListener("click", () => {
        const mode = b.dataset["readingModeSet"];
        if (!isMode(mode) || mode === this.#mode) return;
        this.#setMode(mode, true);
        this.#dismissHint();
      });
    }
    const hint = document.querySelector<HTMLElement>("[data-reading-hint]");
    if (hint && store.get(HINT_KEY) !== "1") hint.hidden = false;
    document
      .querySelector("[data-reading-hint-dismiss]")
      ?.addEventListener("click", () => this.#dismissHint(true));
  }

  #dismissHint(focusModes = false) {
    const hint = document.querySelector<HTMLElement>("[data-reading-hint]");
    store.set(HINT_KEY, "1");
    if (!hint || hint.hidden) return;
    const hadFocus = hint.contains(document.activeElement);
    hint.hidden = true;
    if (focusModes || hadFocus)
      document.querySelector<HTMLElement>(`[data-reading-mode-set="${this.#mode}"]`)?.focus();
  }

  #setMode(mode: Mode, announce: boolean) {
    // Text with figures does not follow the reader: the step in view is where they are.
    const keep = announce && (this.#mode === "stacked" || !this.#active) ? this.#inView() : this.#active;
    this.#mode = mode;
    document.documentElement.dataset["readingMode"] = mode;
    store.set(MODE_KEY, mode);
    for (const b of document.querySelectorAll<HTMLButtonElement>("[data-reading-mode-set]"))
      b.setAttribute("aria-pressed", String(b.dataset["readingModeSet"] === mode));
    if (announce) {
      const name = document.querySelector(`[data-reading-mode-set="${mode}"]`)?.textContent?.trim() ?? mode;
      this.#say(fill(this.dataset["modeAnnounce"] ?? "{mode}", { mode: name }));
    }
    this.#observe();
    if (keep) {
      this.#active = null;
      this.#activate(keep, "none", true);
      if (announce) this.#jump(keep);
    }
  }

  /** The step at the top third of the screen, or the first below it. */
  #inView(): HTMLElement | null {
    const y = window.innerHeight / 3;
    return (
      this.#steps.find((s) => s.getBoundingClientRect().bottom > y) ??
      this.#steps[this.#steps.length - 1] ??
      null
    );
  }

  /**
   * Scroll mode: the active step is the last one whose top has passed the reading line (the middle of the screen
   * beside the figure; a third of the way down the text under it). Steps between the top of the screen and the line
   * are watched; a short step is caught as well as a long one.
   */
  #observe() {
    this.#io?.disconnect();
    this.#io = null;
    if (this.#mode !== "scroll") return;
    const vh = window.innerHeight;
    const pane = this.#side.matches ? 0 : this.#graphic.offsetHeight;
    const line = Math.round(this.#side.matches ? vh / 2 : pane + (vh - pane) * 0.3);
    const above = new Set<Element>();
    this.#io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) above.add(e.target);
          else above.delete(e.target);
        }
        if (performance.now() < this.#quietUntil) return;
        for (let i = this.#steps.length - 1; i >= 0; i--) {
          if (!above.has(this.#steps[i]!)) continue;
          this.#activate(this.#steps[i]!, "replace");
          break;
        }
      },
      { rootMargin: `0px 0px -${Math.max(0, vh - line)}px 0px` },
    );
    for (const s of this.#steps) this.#io.observe(s);
  }

  /** The step the address names, and whether it named the step's chapter. */
  #fromAddress(): { step: HTMLElement; chapter: boolean } | undefined {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return undefined;
    const step = this.#steps.find((s) => s.id === id);
    if (step) return { step, chapter: false };
    // A chapter's address lands on its first step.
    const first = this.#chapters.find((c) => c.id === id)?.querySelector<HTMLElement>("section[data-step]");
    return first ? { step: first, chapter: true } : undefined;
  }

  /** Back and Forward, the table of contents and links to a step: go to the step the address names. */
  #fromHash() {
    const at = this.#fromAddress();
    if (at) this.#jump(at.step, at.chapter);
  }

  /** Shows `step` and brings it to where it is read, without changing the address. */
  #jump(step: HTMLElement, chapter = false) {
    this.#quietUntil = performance.now() + 400;
    this.#activate(step, "none", true);
    this.#bring(step, chapter);
  }

  /**
   * Scrolls `step` (or its chapter's heading, when asked or when step by step opens a chapter) to where it is
   * read: under the figure when the figure is above the text, near the top when it is beside it.
   */
  #bring(step: HTMLElement, chapter: boolean) {
    const article = step.closest<HTMLElement>("article.chapter");
    const opens = article?.querySelector("section[data-step]") === step;
    const target = article && (chapter || (this.#mode === "steps" && opens)) ? article : step;
    this.#quietUntil = performance.now() + 400;
    target.scrollIntoView({ block: "start" });
    if (this.#mode === "stacked") return;
    // The pane is whole only once the essay's top has reached the screen's.
    const top = this.getBoundingClientRect().top;
    if (top > 0) window.scrollBy(0, top);
    if (this.#side.matches) return;
    // The pane is as tall as the tallest figure; a shorter one leaves the text room right under it.
    const fig = this.#graphic.querySelector(":scope > figure");
    if (!fig) return;
    const gap = target.getBoundingClientRect().top - fig.getBoundingClientRect().bottom - 12;
    if (gap > 0) window.scrollBy(0, gap);
  }

  /** Next (+1) or Previous (-1) in step-by-step mode: an explicit move, so it is kept in the history. */
  #move(by: number) {
    const step = this.#active ? this.#steps[this.#steps.indexOf(this.#active) + by] : this.#steps[0];
    if (!step) return;
    this.#quietUntil = performance.now() + 400;
    this.#activate(step, "push", true);
    this.#bring(step, false);
    const n = this.#steps.indexOf(step) + 1;
    this.#say(fill(this.dataset["stepOf"] ?? "", { n, total: this.#steps.length }));
  }

  #onKey(e: KeyboardEvent) {
    if (this.#mode !== "steps" || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const t = e.target as Element | null;
    // A figure keeps its own arrow keys (walking its marks); so do form fields and anything editable.
    if (t?.closest?.("figure, input, select, textarea, [contenteditable]:not([contenteditable='false'])"))
      return;
    e.preventDefault();
    this.#move(e.key === "ArrowRight" ? 1 : -1);
  }

  #activate(step: HTMLElement, how: "push" | "replace" | "none", now = false) {
    if (step === this.#active) return;
    this.#active = step;
    if (this.#mode !== "stacked") this.#show(step, now);
    const chapter = step.closest<HTMLElement>("article.chapter");
    for (const s of this.#steps) s.classList.toggle("is-active", s === step);
    for (const c of this.#chapters) {
      c.classList.toggle("is-current", c === chapter);
      c.classList.toggle("is-opening", c === chapter && c.querySelector("section[data-step]") === step);
    }
    const n = chapter ? this.#chapters.indexOf(chapter) + 1 : 0;
    this.#position.textContent = n
      ? fill(this.dataset["chapterOf"] ?? "", { n, total: this.#chapters.length })
      : "";
    const i = this.#steps.indexOf(step);
    this.#navPosition.textContent = fill(this.dataset["stepOf"] ?? "", {
      n: i + 1,
      total: this.#steps.length,
    });
    this.#prev.disabled = i === 0;
    this.#next.disabled = i === this.#steps.length - 1;
    if (how === "none" || location.hash === `#${step.id}`) return;
    if (how === "push") history.pushState({ step: step.id }, "", `#${step.id}`);
    else history.replaceState({ step: step.id }, "", `#${step.id}`);
  }

  /** Tells screen readers what changed; what is said in one go (a mode and its figure) is said together. */
  #say(text: string) {
    if (!this.#said.length)
      queueMicrotask(() => {
        this.#live.textContent = this.#said.join(" ");
        this.#said = [];
      });
    this.#said.push(text);
  }

  /** Puts the step's figure in the pane: a real copy of the drawing, with its notes and sources folded away. */
  #show(step: HTMLElement, now: boolean) {
    const key = figureKey(step);
    if (key === this.#showing) return;
    // A step that keeps the previous step's figure repeats only its drawing: the pane shows the whole first one.
    const own = step.querySelector<HTMLElement>("figure.step-figure");
    const fig = own?.hasAttribute("data-repeat") ? this.#firstShowing(own) : own;
    if (!fig) return;
    const graphic = this.#graphic;
    const copy = fig.cloneNode(true) as HTMLElement;
    copy.classList.remove("step-figure");
    copy.removeAttribute("data-repeat");
    copy.querySelector("details.table-details")?.remove();
    materialize(copy);
    // Ids must stay unique in the page: the copy's get a suffix.
    renameIds(copy, "-live");
    this.#fold(copy);
    const svg = copy.querySelector<SVGSVGElement>(".chart-svg svg");
    const box = svg
      ?.getAttribute("viewBox")
      ?.split(/[\s,]+/)
      .map(Number);
    if (box && box[2]! > 0 && box[3]! > 0) {
      copy.style.setProperty("--ar", String(box[2]! / box[3]!));
      // A chart's view box is its drawn width; a map's is the part of the frame it shows, at any size.
      if (fig.dataset["kind"] !== "map") copy.style.setProperty("--drawn-width", String(box[2]!));
    }

    // Two states of one map: no fade; the new view box grows out of the old one.
    const before = graphic.querySelector<SVGSVGElement>("svg.map[data-frame]");
    const after = copy.querySelector<SVGSVGElement>("svg.map[data-frame]");
    const sameFrame = !!before && !!after && before.dataset["frame"] === after.dataset["frame"];
    if (sameFrame && !this.#reduce.matches) {
      const from = before!.viewBox.baseVal;
      const to = after!
        .getAttribute("viewBox")!
        .split(/[\s,]+/)
        .map(Number);
      const start = [from.x, from.y, from.width, from.height];
      if (start.some((v, i) => Math.abs(v - to[i]!) > 0.5)) {
        const t0 = performance.now();
        after!.setAttribute("viewBox", start.join(" "));
        const tick = (now: number) => {
          const k = Math.min(1, (now - t0) / 600);
          const e = k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2;
          after!.setAttribute("viewBox", start.map((v, i) => v + (to[i]! - v) * e).join(" "));
          if (k < 1) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }
    }
    const token = ++this.#swaps;
    const swap = () => {
      if (token !== this.#swaps) return;
      graphic.querySelector(":scope > figure")?.remove();
      graphic.append(copy);
      graphic.dataset["showing"] = step.dataset["show"] ?? "";
      if (fig.dataset["kind"] === "map") graphic.dataset["mapState"] = step.dataset["show"] ?? "";
      else delete graphic.dataset["mapState"];
      graphic.classList.remove("is-leaving");
    };
    if (now || this.#reduce.matches || sameFrame || !graphic.querySelector(":scope > figure")) swap();
    else {
      graphic.classList.add("is-leaving");
      setTimeout(swap, 150);
    }
    this.#showing = key;
    const title = fig.querySelector(".chart-title")?.textContent ?? "";
    if (this.#mode !== "stacked") this.#say(fill(this.dataset["figureLive"] ?? "{title}", { title }));
  }

  /** The first full figure on the page of the same chart and view as `repeat`. */
  #firstShowing(repeat: HTMLElement): HTMLElement | null {
    const chart = repeat.dataset["chart"];
    const view = repeat.dataset["view"] ?? "";
    return (
      [...this.querySelectorAll<HTMLElement>("figure.step-figure:not([data-repeat])")].find(
        (f) => f.dataset["chart"] === chart && (f.dataset["view"] ?? "") === view,
      ) ?? repeat
    );
  }

  /**
   * Beside or above the text there is room for the drawing, not its words: the legend moves under the drawing (one
   * line that scrolls sideways), and the subtitle, description, notes and sources fold into a disclosure beside it.
   */
  #fold(copy: HTMLElement) {
    const caption = copy.querySelector("figcaption");
    if (!caption) return;
    const details = document.createElement("details");
    details.className = "chart-more";
    const summary = document.createElement("summary");
    summary.textContent = this.dataset["notesLabel"] ?? "";
    const body = document.createElement("div");
    body.className = "chart-more-body";
    const subtitle = copy.querySelector(".chart-subtitle");
    if (subtitle) {
      const again = subtitle.cloneNode(true) as HTMLElement;
      again.classList.add("is-folded");
      body.append(again);
    }
    body.append(...caption.childNodes);
    details.append(summary, body);
    const legend = copy.querySelector<HTMLElement>("ul.legend");
    if (legend) {
      // One line that scrolls sideways: it is reached by the keyboard too.
      legend.tabIndex = 0;
      caption.append(legend);
    }
    caption.append(details);
    const hint = copy.querySelector(".chart-hint");
    if (hint) body.append(hint);
  }
}

if (!customElements.get("scrolly-essay")) customElements.define("scrolly-essay", ScrollyEssay);
